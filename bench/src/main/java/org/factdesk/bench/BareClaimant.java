package org.factdesk.bench;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who made a claim: Factdesk's claimant table, read as plainly as possible. */
@Entity
@Table(name = "claimant")
public class BareClaimant extends PanacheEntityBase {

    @Id
    public Long id;

    public String name;
}
