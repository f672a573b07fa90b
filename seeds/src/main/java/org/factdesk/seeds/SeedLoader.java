package org.factdesk.seeds;

import static org.factdesk.core.claim.ReviewState.IN_RESEARCH;
import static org.factdesk.core.claim.ReviewState.IN_REVIEW;
import static org.factdesk.core.claim.ReviewState.PUBLISHED;
import static org.factdesk.core.claim.ReviewState.READY;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.factdesk.core.article.Article;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.Claimant;
import org.factdesk.core.detection.CheckWorthiness;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.core.settings.DeskSettings;
import org.factdesk.core.source.Stance;
import org.factdesk.core.verdict.RatingLabel;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.intake.ArticleImport.Candidate;
import org.factdesk.workflow.intake.ArticleImport.NewArticle;
import org.factdesk.workflow.intake.ArticleImport.Proposal;
import org.factdesk.workflow.intake.ArticleImport;
import org.factdesk.workflow.intake.ClaimIntake;
import org.factdesk.workflow.intake.NewClaim;
import org.factdesk.workflow.intake.Submitter;
import org.factdesk.workflow.research.NewSource;
import org.factdesk.workflow.research.Research;
import org.factdesk.workflow.research.VerdictDraft;
import org.factdesk.workflow.review.ClaimWorkflow;
import org.factdesk.workflow.review.TransitionRequest;
import org.jboss.logging.Logger;

/**
 * Fills an empty desk on start-up: the rating scale always; in demo mode the demo people and the
 * seed article with its claims, carried through the same workflow every claim goes through; with
 * demo mode off, the first admin. Each part is loaded only when it is missing, so a restart adds
 * nothing twice.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final DeskSettings settings;
    private final ClaimIntake intake;
    private final ArticleImport articleImport;
    private final ClaimWorkflow workflow;
    private final Research research;
    private final Clock clock;

    SeedLoader(DeskSettings settings, ClaimIntake intake, ArticleImport articleImport, ClaimWorkflow workflow,
            Research research, Clock clock) {
        this.settings = settings;
        this.intake = intake;
        this.articleImport = articleImport;
        this.workflow = workflow;
        this.research = research;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        load();
    }

    public void load() {
        QuarkusTransaction.requiringNew().run(this::loadRatingScale);
        if (settings.demo()) {
            QuarkusTransaction.requiringNew().run(this::loadDemoPeople);
            boolean missing = QuarkusTransaction.requiringNew().call(() -> Article.count("title", SeedArticle.TITLE) == 0);
            if (missing) {
                carrySeedClaimsAlong(importSeedArticle());
            }
        } else {
            QuarkusTransaction.requiringNew().run(this::retireDemoPeople);
            QuarkusTransaction.requiringNew().run(this::ensureFirstAdmin);
        }
    }

    private void loadRatingScale() {
        if (RatingLabel.count() == 0) {
            DefaultRatingScale.labels().forEach(label -> label.persist());
            LOG.info("Loaded the default rating scale.");
        }
    }

    private void loadDemoPeople() {
        for (DemoPeople.DemoPerson demo : DemoPeople.ALL) {
            if (Person.findByUsername(demo.username()).isEmpty()) {
                new Person(demo.username(), demo.displayName(), demo.role(), DemoPeople.PASSWORD, clock.instant()).persist();
                LOG.infof("Demo mode: %s (%s) can sign in with password \"demo\".", demo.username(), demo.role().roleName());
            }
        }
    }

    /** Outside demo mode nobody may sign in with a published demo password. */
    private void retireDemoPeople() {
        for (DemoPeople.DemoPerson demo : DemoPeople.ALL) {
            Person.findByUsername(demo.username()).filter(p -> p.active && p.hasPassword(DemoPeople.PASSWORD))
                    .ifPresent(p -> {
                        p.active = false;
                        LOG.infof("Demo mode is off: deactivated the demo account %s.", p.username);
                    });
        }
    }

    private void ensureFirstAdmin() {
        if (Person.count("role = ?1 and active = true", Role.ADMIN) > 0) {
            return;
        }
        String username = settings.admin().username();
        String password = settings.admin().password().filter(p -> !p.isBlank()).orElseThrow(() -> new IllegalStateException(
                "No admin exists yet and demo mode is off: set FACTDESK_ADMIN_PASSWORD to create the first admin ("
                        + username + "), or set FACTDESK_DEMO=true to try Factdesk with demo data."));
        if (password.length() < 10) {
            throw new IllegalStateException("FACTDESK_ADMIN_PASSWORD must be at least 10 characters long.");
        }
        Person existing = Person.findByUsername(username).orElse(null);
        if (existing == null) {
            new Person(username, "Administrator", Role.ADMIN, password, clock.instant()).persist();
        } else {
            existing.role = Role.ADMIN;
            existing.active = true;
            existing.changePassword(password);
        }
        LOG.infof("Created the first admin, %s, with the password from FACTDESK_ADMIN_PASSWORD.", username);
    }

    /** Reads the seed article through the same import pipeline as any article; returns its id. */
    private Proposal importSeedArticle() {
        Proposal proposal = articleImport.propose(new NewArticle(SeedArticle.TITLE, SeedArticle.PUBLISHER, null,
                SeedArticle.PUBLISHED_AT, SeedArticle.text()));
        QuarkusTransaction.requiringNew().run(() -> {
            for (SeedClaim seed : SeedArticle.CLAIMS) {
                if (Claimant.findByName(seed.claimant()).isEmpty()) {
                    new Claimant(seed.claimant(), seed.kind(), seed.claimantDescription()).persist();
                }
            }
        });
        LOG.infof("Demo mode: imported the seed article \"%s\" (%d candidate sentences).", SeedArticle.TITLE,
                proposal.candidates().size());
        return proposal;
    }

    /** Submits the reviewed selection of the pipeline's candidates and carries some through review. */
    private void carrySeedClaimsAlong(Proposal proposal) {
        long articleId = proposal.articleId();
        String body = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(articleId).body);
        for (SeedClaim seed : SeedArticle.CLAIMS) {
            int start = body.indexOf(seed.sentence());
            if (start < 0) {
                throw new IllegalStateException("The seed claim's sentence is not in the seed article: " + seed.sentence());
            }
            double score = scoreOf(proposal, start, seed);
            NewClaim submission = new NewClaim(seed.text(), seed.claimant(), seed.sentence(), seed.claimDate(), null, "en",
                    new TreeSet<>(seed.tags()));
            long id = intake.submit(submission, articleId, start, start + seed.sentence().length(),
                    Submitter.person(DemoPeople.EDITOR));
            QuarkusTransaction.requiringNew().run(() -> {
                Claim claim = Claim.findById(id);
                claim.checkWorthiness = score;
            });
            if (SeedArticle.reaches(seed, READY)) {
                workflow.perform(id, TransitionRequest.of(Action.ACCEPT)
                        .withTriage(1, seed.priority(), LocalDate.now(clock).plusDays(3)), DemoPeople.EDITOR);
            }
            if (SeedArticle.reaches(seed, IN_RESEARCH)) {
                String reviewer = seed.demoState() == IN_RESEARCH ? DemoPeople.SECOND_REVIEWER : DemoPeople.REVIEWER;
                workflow.perform(id, TransitionRequest.of(Action.CLAIM), reviewer);
                DemoResearch.of(seed).sources().forEach(source -> research.cite(id, source, reviewer));
                if (SeedArticle.reaches(seed, IN_REVIEW)) {
                    research.draftVerdict(id, DemoResearch.of(seed).verdict(), reviewer);
                    workflow.perform(id, TransitionRequest.of(Action.SUBMIT), reviewer);
                }
            }
            if (SeedArticle.reaches(seed, PUBLISHED)) {
                workflow.perform(id, TransitionRequest.of(Action.APPROVE), DemoPeople.EDITOR);
            }
        }
        LOG.infof("Demo mode: submitted %d claims from the seed article.", SeedArticle.CLAIMS.size());
    }

    /** The pipeline's score of the candidate sentence that holds the seed claim's words. */
    private static double scoreOf(Proposal proposal, int start, SeedClaim seed) {
        int end = start + seed.sentence().length();
        return proposal.candidates().stream().filter(c -> c.start() < end && c.end() > start).mapToDouble(Candidate::score).max()
                .orElseGet(() -> CheckWorthiness.bundled().score(seed.sentence()));
    }

    /** The research the demo reviewers have done on the claims the demo carries past READY. */
    record DemoResearch(List<NewSource> sources, VerdictDraft verdict) {

        static DemoResearch of(SeedClaim seed) {
            return switch (seed.demoState()) {
                case PUBLISHED -> new DemoResearch(List.of(
                        new NewSource("https://trumpwhitehouse.archives.gov/presidential-actions/order-regarding-acquisition-musical-ly-bytedance-ltd/",
                                "Order Regarding the Acquisition of Musical.ly by ByteDance Ltd.", "The White House",
                                LocalDate.of(2020, 8, 14), null, Stance.SUPPORTS, null, null),
                        new NewSource("https://www.federalregister.gov/documents/2020/08/11/2020-17699/addressing-the-threat-posed-by-tiktok-and-taking-additional-steps-to-address-the-national-emergency",
                                "Executive Order 13942: Addressing the Threat Posed by TikTok", "Federal Register",
                                LocalDate.of(2020, 8, 11), null, Stance.CONTEXT, null, null)),
                        new VerdictDraft("Mostly true",
                                "Trump did give ByteDance 90 days from 14 August 2020 to sell TikTok's US business, but by a presidential order, not an executive order.",
                                "The 14 August 2020 document is a presidential order under the Defense Production Act's review powers (CFIUS) that gave ByteDance 90 days to divest. The threatened ban came from Executive Order 13942 of 6 August 2020, a separate instrument."));
                case IN_REVIEW -> new DemoResearch(List.of(
                        new NewSource("https://2017-2021.commerce.gov/news/press-releases/2020/08/commerce-department-further-restricts-huawei-access-us-technology-and.html",
                                "Commerce Department Further Restricts Huawei Access to U.S. Technology and Adds Another 38 Affiliates to the Entity List",
                                "US Department of Commerce", LocalDate.of(2020, 8, 17), null, Stance.SUPPORTS, null, null)),
                        new VerdictDraft("True",
                                "On 17 August 2020 the Commerce Department extended its May 2020 rule so Huawei needs a licence for chips made with US technology, including by foreign firms.",
                                "The Bureau of Industry and Security amended the foreign direct product rule on 17 August 2020, building on the rule of 15 May 2020."));
                case IN_RESEARCH -> new DemoResearch(List.of(
                        new NewSource("https://2017-2021.commerce.gov/news/press-releases/2019/05/department-commerce-announces-addition-huawei-technologies-co-ltd.html",
                                "Department of Commerce Announces the Addition of Huawei Technologies Co. Ltd. to the Entity List",
                                "US Department of Commerce", LocalDate.of(2019, 5, 15), null, Stance.SUPPORTS, null, null)),
                        null);
                default -> new DemoResearch(List.of(), null);
            };
        }
    }
}
