package dev.newsdesk.core.analysis.impact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ImpactAnalyzerTest {
    private static final ImpactAnalyzer IMPACT = new ImpactAnalyzer(Lexicon.builtIn());

    private static Direction direction(String sentence) {
        return IMPACT.analyzeSentence(sentence).direction();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Operating loss narrowed to EUR 2 mn from EUR 5 mn                       | POSITIVE
            Net loss widened to EUR 9 mn                                            | NEGATIVE
            Net profit fell 12%                                                     | NEGATIVE
            Net profit rose 12%                                                     | POSITIVE
            Costs increased by 15 % in the quarter                                  | NEGATIVE
            Costs decreased by 15 % in the quarter                                  | POSITIVE
            The company cut its costs by EUR 10 mn                                  | POSITIVE
            The company cut 200 jobs                                                | NEGATIVE
            The company raised its full-year guidance                               | POSITIVE
            The company lowered its full-year guidance                              | NEGATIVE
            Net debt decreased to EUR 310 mn from EUR 450 mn                        | POSITIVE
            The operating margin came down to 2.4 % from 5.7 %                      | NEGATIVE
            Gross margin improved to 41.2% from 38.5%                               | POSITIVE
            Earnings per share were EUR 0.42, up from EUR 0.31                      | POSITIVE
            Sales were EUR 75.2 mn, down from EUR 81.4 mn                           | NEGATIVE
            Net sales decreased to EUR 75.2 mn (EUR 81.4 mn)                        | NEGATIVE
            Operating profit was EUR 8.3 mn (EUR 6.1 mn)                            | POSITIVE
            Operating profit was EUR 8.3 mn, compared with EUR 9.1 mn a year ago    | NEGATIVE
            Net sales went from EUR 10 mn to EUR 12 mn                              | POSITIVE
            Net profit was EUR 6.2 mn compared to a loss of EUR 1.8 mn              | POSITIVE
            The result was a loss of EUR 1.3 mn, compared with a profit of EUR 2.5 mn | NEGATIVE
            The company reported a net loss of EUR 7.4 mn                           | NEGATIVE
            Growth slowed to 3 %                                                    | NEGATIVE
            Inflation eased to 2.1 %                                                | POSITIVE
            Unemployment rose to 6 %                                                | NEGATIVE
            Demand for paper weakened in Europe                                     | NEGATIVE
            The increase in net sales was driven by acquisitions                    | POSITIVE
            The decline in orders continued                                         | NEGATIVE
            Higher raw material costs hurt the result                               | NEGATIVE
            Loan losses decreased clearly                                           | POSITIVE
            The shares plunged 40% after a profit warning                           | NEGATIVE
            The S&P 500 closed at a record high                                     | POSITIVE
            The company has been awarded a EUR 35 mn contract                       | POSITIVE
            The subsidiary filed for bankruptcy                                     | NEGATIVE
            The company is headquartered in Espoo                                   | NEUTRAL
            Net sales in the period totalled EUR 120.5 mn                           | NEUTRAL
            The annual general meeting will be held on 25 March                     | NEUTRAL
            The transaction is subject to approval by the competition authorities   | NEUTRAL
            The company has set up a new unit in Poland                              | NEUTRAL
            """)
    void directionOfChange(String sentence, Direction expected) {
        assertThat(direction(sentence)).as(sentence).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The company did not see any growth in its core markets                  | NEGATIVE
            Sales did not increase as expected                                      | NEGATIVE
            The company failed to meet its profitability target                     | NEGATIVE
            The company has no plans to cut jobs                                    | POSITIVE
            Profit didn't improve                                                   | NEGATIVE
            Although sales rose, operating profit fell due to higher costs          | NEGATIVE
            Despite the weak market, the company improved its operating profit      | POSITIVE
            Sales rose slightly, but profit fell sharply                            | NEGATIVE
            """)
    void negationAndContrast(String sentence, Direction expected) {
        assertThat(direction(sentence)).as(sentence).isEqualTo(expected);
    }

    @Test
    void scoreIsBoundedAndSignedLikeTheDirection() {
        SentenceImpact up = IMPACT.analyzeSentence("Profit soared, sales surged, orders jumped and costs plunged");
        assertThat(up.score()).isBetween(0.9, 1.0);
        SentenceImpact down = IMPACT.analyzeSentence("Profit fell");
        assertThat(down.score()).isNegative().isGreaterThanOrEqualTo(-1);
        assertThat(IMPACT.analyzeSentence("The board met in Helsinki").score()).isZero();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Net profit rose 12%                                  | HIGH
            Net profit rose 5%                                   | MEDIUM
            Net profit rose 1.5%                                 | LOW
            Net sales rose slightly                              | LOW
            Net sales rose to EUR 11 mn from EUR 10 mn           | MEDIUM
            Net sales rose to EUR 20 mn from EUR 10 mn           | HIGH
            The company won a USD 2 billion order                | MEDIUM
            Bitcoin plunged                                      | HIGH
            Profit reached a record                              | HIGH
            The company filed for bankruptcy                     | HIGH
            The company is headquartered in Espoo, up 50%        | LOW
            """)
    void magnitude(String sentence, Magnitude expected) {
        assertThat(IMPACT.analyzeSentence(sentence).magnitude()).as(sentence).isEqualTo(expected);
    }

    @Test
    void sectorsAndAssets() {
        SentenceImpact crypto = IMPACT.analyzeSentence("Bitcoin and ether fell as a stablecoin lost its peg");
        assertThat(crypto.sectors()).containsExactly(Sector.CRYPTO);
        assertThat(crypto.assets()).containsExactlyInAnyOrder("Bitcoin", "Ether");
        assertThat(IMPACT.analyzeSentence("Nvidia GPUs for a new data center").sectors())
                .containsExactlyInAnyOrder(Sector.CHIPS, Sector.AI_CLOUD);
        assertThat(IMPACT.analyzeSentence("Brent crude rose as OPEC cut output").sectors())
                .containsExactly(Sector.ENERGY);
        assertThat(IMPACT.analyzeSentence("The S&P 500 index fell").assets()).containsExactly("S&P 500");
        assertThat(IMPACT.analyzeSentence("NATO orders more missiles from Rheinmetall").sectors())
                .containsExactly(Sector.DEFENCE);
        assertThat(IMPACT.analyzeSentence("The weather was fine").sectors()).isEmpty();
    }

    @Test
    void cuesExplainTheScore() {
        SentenceImpact r = IMPACT.analyzeSentence("Operating loss narrowed to EUR 2 mn from EUR 5 mn");
        assertThat(r.cues()).containsExactly("+1.00 narrowed\u2192operating loss");
    }

    @Test
    void itemTitleCountsMoreAndTheStrongestSentenceCarries() {
        ItemImpact item = IMPACT.analyze("Acme's profit jumps 40% on record orders", List.of(
                "Acme Oyj is headquartered in Espoo.",
                "Costs rose slightly.",
                "The company expects net sales to grow in 2026."));
        assertThat(item.direction()).isEqualTo(Direction.POSITIVE);
        assertThat(item.sentence()).isEqualTo("Acme's profit jumps 40% on record orders");
        assertThat(item.magnitude()).isEqualTo(Magnitude.HIGH);

        ItemImpact body = IMPACT.analyze("Acme publishes its interim report", List.of(
                "The report was prepared in accordance with IFRS.",
                "Net sales fell 18% and the company swung to an operating loss.",
                "The company will cut 300 jobs."));
        assertThat(body.direction()).isEqualTo(Direction.NEGATIVE);
        assertThat(body.sentence()).isEqualTo("Net sales fell 18% and the company swung to an operating loss.");
    }

    @Test
    void itemWithNothingToSayIsNeutralWithoutASentence() {
        ItemImpact item = IMPACT.analyze("Chipmaker opens an office in Austin", List.of("It employs 40 people."));
        assertThat(item.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(item.sentence()).isEmpty();
        assertThat(item.carrying()).isEqualTo(SentenceImpact.NONE);
        assertThat(item.sectors()).containsExactly(Sector.CHIPS);
        assertThat(IMPACT.analyze(null, null).direction()).isEqualTo(Direction.NEUTRAL);
    }

    @Test
    void oneWeakSentenceInALongTextDoesNotMakeTheItem() {
        List<String> body = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            body.add("The company operates in " + i + " countries.");
        }
        body.add("Sales rose slightly.");
        assertThat(IMPACT.analyze("Company profile", body).direction()).isEqualTo(Direction.NEUTRAL);
    }

    @Test
    void hostileInputIsReadInBoundedTimeAndNeverThrows() {
        String huge = "profit rose ".repeat(10_000);  // ~120 KB
        StringBuilder digits = new StringBuilder();
        digits.append("9".repeat(100_000)).append(" from ").append("1,".repeat(50_000));
        Random random = new Random(42);
        char[] binary = new char[100_000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (char) random.nextInt(0x10000);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(IMPACT.analyzeSentence(huge).direction()).isEqualTo(Direction.POSITIVE);
            assertThat(IMPACT.analyzeSentence(digits.toString())).isNotNull();
            assertThat(IMPACT.analyzeSentence(new String(binary))).isNotNull();
            assertThat(IMPACT.analyzeSentence("((((((((((((((((((((((((((((((")).isNotNull();
            assertThat(IMPACT.analyzeSentence("% % % , , . . - - -- \u0000\uFFFD")).isNotNull();
            assertThat(IMPACT.analyzeSentence(null)).isEqualTo(SentenceImpact.NONE);
            assertThat(IMPACT.analyzeSentence("   ")).isEqualTo(SentenceImpact.NONE);
            List<String> many = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                many.add(huge);
            }
            assertThat(IMPACT.analyze(huge, many).direction()).isEqualTo(Direction.POSITIVE);
        });
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<LabelledSentences.Labelled> dev = LabelledSentences.devSet();
        List<Direction> expected = dev.stream().map(l -> direction(l.sentence())).toList();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int round = 0; round < 20; round++) {
                    for (int i = 0; i < dev.size(); i++) {
                        if (direction(dev.get(i).sentence()) != expected.get(i)) {
                            failures.add(new AssertionError(dev.get(i).sentence()));
                        }
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(failures).isEmpty();
    }
}
