package dev.authlint.rego.builtins;

import static dev.authlint.rego.builtins.Calls.assertCall;
import static dev.authlint.rego.builtins.Calls.call;
import static dev.authlint.rego.builtins.Calls.failure;
import static dev.authlint.rego.builtins.Calls.n;
import static dev.authlint.rego.builtins.Calls.s;
import static dev.authlint.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TimeBuiltinsTest {

    private static final String T = "1703444325734390000"; // 2023-12-24T18:58:45.73439Z, a Sunday

    @Test
    void parsing() {
        assertCall("482196050520000000", "time.parse_rfc3339_ns", s("1985-04-12T23:20:50.52Z"));
        assertCall("851042397000000000", "time.parse_rfc3339_ns", s("1996-12-19T16:39:57-08:00"));
        assertCall("1462907202000000000", "time.parse_ns", s("2006-01-02T15:04:05"), s("2016-05-10T19:06:42"));
        assertCall("1441497364000000000", "time.parse_ns", s("2006-01-02 15:04:05"), s("2015-09-05 23:56:04"));
        assertCall("1257894000000000000", "time.parse_ns", s("Mon Jan _2 15:04:05 MST 2006"), s("Tue Nov 10 23:00:00 UTC 2009"));
        assertCall("1257894000000000000", "time.parse_ns", s("RFC822"), s("10 Nov 09 23:00 UTC"));
        assertCall("1257850800000000000", "time.parse_ns", s("3:04PM Jan 2 2006"), s("11:00AM Nov 10 2009"));
        assertEquals("time.parse_ns: parsing time \"2016-05-10\" as \"2006-01-02T15:04:05\": cannot parse \"\" as \"T\"",
                failure("time.parse_ns", s("2006-01-02T15:04:05"), s("2016-05-10")).getMessage());
    }

    @Test
    void durations() {
        assertCall("3973320015001", "time.parse_duration_ns", s("1h6m13.320015001s"));
        assertCall("15000001", "time.parse_duration_ns", s("15.000001ms"));
        assertCall("-1500", "time.parse_duration_ns", s("-1.5\u00b5s"));
        assertCall("0", "time.parse_duration_ns", s("0"));
        assertEquals("time.parse_duration_ns: time: missing unit in duration \"1\"",
                failure("time.parse_duration_ns", s("1")).getMessage());
        assertEquals("time.parse_duration_ns: time: unknown unit \"d\" in duration \"1d\"",
                failure("time.parse_duration_ns", s("1d")).getMessage());
    }

    @Test
    void formatting() {
        assertCall("\"2023-12-24T18:58:45.73439Z\"", "time.format", n(T));
        assertCall("\"2009-11-10T23:00:00Z\"", "time.format", n("1257894000000000000"));
        assertCall("\"10/11/2009 23:00\"", "time.format", v("[1257894000000000000, \"\", \"02/01/2006 15:04\"]"));
        assertCall("\"Sun Dec 24 19:58:45 CET 2023\"", "time.format", v("[" + T + ", \"Europe/Paris\", \"UnixDate\"]"));
        assertCall("\"2023-12-24T19:58:45.734+01:00\"", "time.format", v("[" + T + ", \"CET\", \"2006-01-02T15:04:05.000Z07:00\"]"));
        assertCall("\"6:58PM Sunday 358\"", "time.format", v("[" + T + ", \"UTC\", \"3:04PM Monday 002\"]"));
        failure("time.format", v("[" + T + ", \"Nowhere/City\"]"));
    }

    @Test
    void formatThenParseRoundTripsNanoseconds() {
        String layout = "2006-01-02T15:04:05.999999999Z07:00";
        dev.authlint.rego.value.Value text = call("time.format", v("[1703444325734390001, \"Asia/Kolkata\", \"" + layout + "\"]"));
        assertEquals("\"2023-12-25T00:28:45.734390001+05:30\"", text.toRegoString());
        assertCall("1703444325734390001", "time.parse_ns", s(layout), (dev.authlint.rego.value.StringValue) text);
        // Go accepts a fraction after the seconds even when the layout has none.
        assertCall("1703444325734390000", "time.parse_rfc3339_ns", s("2023-12-24T18:58:45.73439Z"));
    }

    @Test
    void calendarParts() {
        assertCall("[2023, 12, 24]", "time.date", n(T));
        assertCall("[19, 58, 45]", "time.clock", v("[" + T + ", \"CET\"]"));
        assertCall("\"Sunday\"", "time.weekday", n(T));
        assertCall("\"Tuesday\"", "time.weekday", v("[1257894000000000000, \"\"]"));
    }

    @Test
    void addDateNormalisesLikeGo() {
        assertCall("1735066725734390000", "time.add_date", n(T), n("1"), n("0"), n("0"));
        assertCall("-190011674265610000", "time.add_date", n(T), n("-60"), n("0"), n("0"));
        assertCall("1706122725734390000", "time.add_date", n(T), n("0"), n("1"), n("0"));
        // 2023-01-31 + 1 month = 2023-03-03 in Go (February has 28 days).
        assertCall("1677801600000000000", "time.add_date", n("1675123200000000000"), n("0"), n("1"), n("0"));
        assertNull(call("time.add_date", n(T), n("2147483647"), n("0"), n("0")));
    }

    @Test
    void diffBorrowsAcrossUnits() {
        assertCall("[14, 1, 13, 19, 58, 45]", "time.diff", n(T), n("1257894000000000000"));
        assertCall("[14, 1, 13, 19, 58, 45]", "time.diff", n("1257894000000000000"), n(T));
        assertCall("[0, 0, 28, 0, 0, 0]", "time.diff", n("1580601600000000000"), n("1583020800000000000"));
    }
}
