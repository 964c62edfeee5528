package dev.newsdesk.core.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Wed, 02 Oct 2002 08:00:00 EST              | 2002-10-02T13:00:00Z
            Wed, 02 Oct 2002 13:00:00 GMT              | 2002-10-02T13:00:00Z
            Wed, 02 Oct 2002 15:00:00 +0200            | 2002-10-02T13:00:00Z
            Wed, 02 Oct 2002 15:00:00 +02:00           | 2002-10-02T13:00:00Z
            Wed, 2 Oct 2002 13:00:00 UT                | 2002-10-02T13:00:00Z
            Wed, 2 Oct 2002 13:00:00 UTC               | 2002-10-02T13:00:00Z
            Wed, 2 Oct 2002 13:00:00 Z                 | 2002-10-02T13:00:00Z
            02 Oct 2002 06:00:00 PDT                   | 2002-10-02T13:00:00Z
            02 Oct 2002 05:00:00 PST                   | 2002-10-02T13:00:00Z
            02 Oct 2002 07:00:00 MDT                   | 2002-10-02T13:00:00Z
            02 Oct 2002 06:00 MST                      | 2002-10-02T13:00:00Z
            02 Oct 2002 08:00 CDT                      | 2002-10-02T13:00:00Z
            02 Oct 2002 07:00 CST                      | 2002-10-02T13:00:00Z
            02 Oct 2002 09:00 EDT                      | 2002-10-02T13:00:00Z
            Wed, 02 Oct 02 13:00:00 GMT                | 2002-10-02T13:00:00Z
            Wed, 02 Oct 2002 13:00 GMT                 | 2002-10-02T13:00:00Z
            Wed, 02 Oct 2002 13:00:00                  | 2002-10-02T13:00:00Z
            Wed,02 Oct 2002 13:00:00 GMT               | 2002-10-02T13:00:00Z
            Wed,  2   Oct   2002   13:00:00   GMT      | 2002-10-02T13:00:00Z
            Wed, 02 Oct 2002 05:00:00 -0800 (PST)      | 2002-10-02T13:00:00Z
            Wed, 02 Oct 2002 14:00:00 A                | 2002-10-02T13:00:00Z
            Wed, 02 Oct 2002 12:00:00 N                | 2002-10-02T13:00:00Z
            Wed, 02 Oct 2002 14:00:00 GMT+0100         | 2002-10-02T13:00:00Z
            Wednesday, 02 October 2002 13:00:00 GMT    | 2002-10-02T13:00:00Z
            Wed, 02-Oct-2002 13:00:00 GMT              | 2002-10-02T13:00:00Z
            Wed Oct  2 13:00:00 2002                   | 2002-10-02T13:00:00Z
            Oct 2, 2002 1:00 PM                        | 2002-10-02T13:00:00Z
            Thu, 01 Jan 2004 19:48:21.123 GMT          | 2004-01-01T19:48:21.123Z
            Seg, 29 Set 2014 10:00:00 -0300            | 2014-09-29T13:00:00Z
            Sat, 31 Dez 2011 23:00:00 +0100            | 2011-12-31T22:00:00Z
            Sun, 31 Dec 2006 23:59:60 GMT              | 2006-12-31T23:59:59Z
            2002-10-02T13:00:00Z                       | 2002-10-02T13:00:00Z
            2002-10-02T13:00:00.5Z                     | 2002-10-02T13:00:00.500Z
            2002-10-02T13:00:00.123456789Z             | 2002-10-02T13:00:00.123456789Z
            2002-10-02T15:00:00+02:00                  | 2002-10-02T13:00:00Z
            2002-10-02T08:00:00-05:00                  | 2002-10-02T13:00:00Z
            2002-10-02T15:00:00+0200                   | 2002-10-02T13:00:00Z
            2002-10-02T15:00:00+02                     | 2002-10-02T13:00:00Z
            2002-10-02T13:00:00                        | 2002-10-02T13:00:00Z
            2002-10-02 13:00:00                        | 2002-10-02T13:00:00Z
            2002-10-02 13:00:00 +0000                  | 2002-10-02T13:00:00Z
            2002-10-02 13:00:00 GMT                    | 2002-10-02T13:00:00Z
            2002-10-02T13:00Z                          | 2002-10-02T13:00:00Z
            2002-10-02t13:00:00z                       | 2002-10-02T13:00:00Z
            2002-10-02                                 | 2002-10-02T00:00:00Z
            2002-10                                    | 2002-10-01T00:00:00Z
            2002                                       | 2002-01-01T00:00:00Z
            20021002T130000Z                           | 2002-10-02T13:00:00Z
            20021002                                   | 2002-10-02T00:00:00Z
            2002/10/02 13:00:00                        | 2002-10-02T13:00:00Z
            2002-1-2T3:04:05Z                          | 2002-01-02T03:04:05Z
            2008-02-29T00:00:00Z                       | 2008-02-29T00:00:00Z
            """)
    void parses(String text, String expected) {
        assertThat(Dates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not a date", "2002-13-45", "Wed, 31 Feb 2002 10:00:00 GMT", "2007-02-29",
        "yesterday", "12345", "2002-10-02T25:00:00Z", "Wed, 02 Foo 2002 13:00:00 GMT", "<pubDate>"})
    void unparseableGivesNull(String text) {
        assertThat(Dates.parse(text)).isNull();
    }

    @Test
    void fastEnoughForEveryItem() {
        String[] samples = {"Wed, 02 Oct 2002 08:00:00 EST", "2002-10-02T15:00:00+02:00", "garbage text here"};
        long t0 = System.nanoTime();
        int n = 0;
        for (int k = 0; k < 300_000; k++) {
            if (Dates.parse(samples[k % 3]) != null) {
                n++;
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(n).isEqualTo(200_000);
        assertThat(ms).as("300k parses in %d ms", ms).isLessThan(3000);
    }
}
