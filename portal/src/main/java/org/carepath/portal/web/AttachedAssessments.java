package org.carepath.portal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.carepath.portal.display.TypedDates;
import org.carepath.portal.services.ReferralsApi;

/**
 * The assessments a referrer attaches on the referral form (a trusted assessment travels with the referral, so the
 * receiving team need not repeat it): a few rows of title, reference, date and summary, read back as typed so a
 * refusal keeps them. A row left empty is no assessment; a row half filled is said in a sentence.
 */
public record AttachedAssessments(List<Row> rows) {

    /** Rows the form offers; referrals-service takes up to ten. */
    static final int ROWS = 3;

    /** One row as typed; {@code completedOn} as the date field sends it (yyyy-mm-dd, or as typed where it is plain text) or empty. */
    public record Row(String title, String reference, String completedOn, String summary) {

        boolean empty() {
            return title.isEmpty() && reference.isEmpty() && completedOn.isEmpty() && summary.isEmpty();
        }
    }

    static AttachedAssessments none() {
        return read(List.of(), List.of(), List.of(), List.of());
    }

    /** The form's parallel lists (any may be null or short), padded to {@link #ROWS} rows. */
    static AttachedAssessments read(List<String> titles, List<String> references, List<String> dates,
            List<String> summaries) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row(at(titles, i), at(references, i), at(dates, i), at(summaries, i)));
        }
        return new AttachedAssessments(List.copyOf(rows));
    }

    /** Whether anything was typed: the form then shows the rows open. */
    public boolean filled() {
        return rows.stream().anyMatch(row -> !row.empty());
    }

    /** What is wrong with a row, in a sentence, or null when every filled row is whole. */
    String problem() {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.empty()) {
                continue;
            }
            String which = "assessment " + (i + 1);
            if (row.title().isEmpty() || row.reference().isEmpty() || row.summary().isEmpty()) {
                return "Give the title, reference and summary of " + which + ", or leave it empty";
            }
            if (!row.completedOn().isEmpty() && date(row.completedOn()) == null) {
                return "Give the date " + which + " was completed as a date, for example 20/11/2026";
            }
        }
        return null;
    }

    /** The filled rows as the service takes them, each from the referrer's organisation. */
    List<ReferralsApi.Assessment> toSend(String organisation) {
        return rows.stream().filter(row -> !row.empty())
                .map(row -> new ReferralsApi.Assessment(row.reference(), row.title(), row.summary(), organisation,
                        row.completedOn().isEmpty() ? null : date(row.completedOn())))
                .toList();
    }

    private static LocalDate date(String text) {
        return TypedDates.day(text).orElse(null);
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).trim();
    }
}
