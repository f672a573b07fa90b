package org.factdesk.seeds;

import static org.factdesk.core.claim.ClaimantKind.ORGANISATION;
import static org.factdesk.core.claim.ClaimantKind.PERSON;
import static org.factdesk.core.claim.Priority.HIGH;
import static org.factdesk.core.claim.Priority.LOW;
import static org.factdesk.core.claim.Priority.NORMAL;
import static org.factdesk.core.claim.Priority.URGENT;
import static org.factdesk.core.claim.ReviewState.IN_RESEARCH;
import static org.factdesk.core.claim.ReviewState.IN_REVIEW;
import static org.factdesk.core.claim.ReviewState.NEW;
import static org.factdesk.core.claim.ReviewState.PUBLISHED;
import static org.factdesk.core.claim.ReviewState.READY;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.core.claim.ReviewState;

/**
 * The article Factdesk was created from, and the check-worthy claims a desk editor picked from the
 * import pipeline's candidates. The selection (and each claim's wording) is reviewed by hand and kept
 * here, so the demo data stays the same on every machine; the scores come from the pipeline. The
 * headlines of the page's related-links list are not the article's claims and are left out.
 */
public final class SeedArticle {

    static final String RESOURCE = "/seeds/000_2af8102a803e2121.txt";
    static final String TITLE = "US ratchets up pressure on Chinese tech firms as Beijing unveils global data security initiative";
    static final String PUBLISHER = "Sputnik";
    static final Instant PUBLISHED_AT = Instant.parse("2020-09-26T19:13:00Z");

    private static final String WANG = "Wang Yi";
    private static final String WANG_ABOUT = "Foreign Minister of the People's Republic of China";
    private static final LocalDate SEMINAR = LocalDate.of(2020, 9, 8);

    public static final List<SeedClaim> CLAIMS = List.of(
            new SeedClaim("in August 2020 the US expanded restrictions announced in May to effectively cut Huawei off from obtaining semiconductors without a special license",
                    "In August 2020 the US expanded restrictions to cut Huawei off from obtaining semiconductors without a special license, including chips made by foreign firms with US software or technology.",
                    "US government", ORGANISATION, "The federal government of the United States",
                    LocalDate.of(2020, 8, 17), List.of("huawei", "semiconductors", "export controls"), HIGH, IN_REVIEW),
            new SeedClaim("President Donald Trump signed an executive order on 14 August giving TikTok's parent company ByteDance 90 days to sell its US business or face a ban",
                    "Donald Trump signed an order on 14 August 2020 giving TikTok's parent company ByteDance 90 days to sell its US business.",
                    "Donald Trump", PERSON, "45th President of the United States",
                    LocalDate.of(2020, 8, 14), List.of("tiktok", "bytedance"), URGENT, PUBLISHED),
            new SeedClaim("The US blacklisted the tech giant in 2019",
                    "The US blacklisted Huawei in 2019.",
                    "US government", ORGANISATION, "The federal government of the United States",
                    LocalDate.of(2019, 5, 15), List.of("huawei", "entity list"), HIGH, IN_RESEARCH),
            new SeedClaim("“We have not and will not ask Chinese companies to transfer data overseas to the government in breach of other countries’ laws.”",
                    "China has not asked and will not ask Chinese companies to transfer data held overseas to the government in breach of other countries' laws.",
                    WANG, PERSON, WANG_ABOUT, SEMINAR, List.of("china", "data security"), URGENT, READY),
            new SeedClaim("The eight key principles which were outlined embrace areas ranging from personal information to espionage",
                    "China's Global Initiative on Data Security sets out eight key principles, from personal information to espionage.",
                    WANG, PERSON, WANG_ABOUT, SEMINAR, List.of("china", "data security"), NORMAL, READY),
            new SeedClaim("The programme, announced by Secretary of State Mike Pompeo, sought to ban “untrusted” Chinese tech apps like TikTok and WeChat from US app stores.",
                    "The Clean Network programme sought to remove \"untrusted\" Chinese apps such as TikTok and WeChat from US app stores.",
                    "Mike Pompeo", PERSON, "US Secretary of State (2018–2021)",
                    LocalDate.of(2020, 8, 5), List.of("clean network", "tiktok", "wechat"), HIGH, READY),
            new SeedClaim("The Chinese company in response touted extraordinary measures taken to safeguard the privacy and security of its user data, including storing such data outside of China",
                    "ByteDance stores TikTok's US user data outside of China.",
                    "ByteDance", ORGANISATION, "Beijing-based owner of TikTok",
                    LocalDate.of(2020, 8, 24), List.of("tiktok", "bytedance", "privacy"), NORMAL, READY),
            new SeedClaim("claiming that the firm uses its equipment to spy on behalf of the Chinese authorities",
                    "Huawei uses its equipment to spy on behalf of the Chinese authorities.",
                    "US government", ORGANISATION, "The federal government of the United States",
                    LocalDate.of(2019, 5, 15), List.of("huawei", "espionage"), NORMAL, NEW),
            new SeedClaim("Some individual countries are aggressively pursuing unilateralism, throwing dirty water on other countries under the pretext of 'cleanliness', and conducting global hunts on leading companies of other countries under the pretext of security.",
                    "Some countries are conducting global hunts on other countries' leading companies under the pretext of security.",
                    WANG, PERSON, WANG_ABOUT, SEMINAR, List.of("china", "clean network"), LOW, NEW),
            new SeedClaim("Beijing and Huawei have been consistently rejecting all spying accusations.",
                    "Huawei has consistently rejected all spying accusations.",
                    "Huawei", ORGANISATION, "Chinese maker of smartphones and network equipment",
                    LocalDate.of(2020, 9, 26), List.of("huawei", "espionage"), LOW, NEW));

    private SeedArticle() {
    }

    /** The article as it was published: the text the import pipeline reads. */
    static String text() {
        try (InputStream in = SeedArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The seed article " + RESOURCE + " is missing from the seeds module.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stages the demo carries claims to, so every page has something real to show. */
    static boolean reaches(SeedClaim claim, ReviewState stage) {
        List<ReviewState> order = List.of(NEW, READY, IN_RESEARCH, IN_REVIEW, PUBLISHED);
        return order.indexOf(claim.demoState()) >= order.indexOf(stage);
    }
}
