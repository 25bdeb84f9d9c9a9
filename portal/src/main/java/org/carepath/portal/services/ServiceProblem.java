package org.carepath.portal.services;

/**
 * A service refused or failed a call: its RFC 9457 problem, kept so a page can say what went wrong in a sentence.
 *
 * @param status the HTTP status the service answered
 * @param title  the problem's title, e.g. "Bad input"
 * @param detail what was wrong, in the service's words
 * @param code   the problem type's last part (e.g. {@code consent-not-recorded}), for a page that says one refusal its own way
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final String code;

    public ServiceProblem(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public ServiceProblem(int status, String title, String detail, String code) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** Null when the service's problem had no {@code urn:carepath:problem:} type. */
    public String code() {
        return code;
    }

    /** Not found and forbidden read the same to a person: the record is not theirs to see (or does not exist). */
    public boolean notYours() {
        return status == 404 || status == 403;
    }

    /** The status a page answers with: the service's own refusal (4xx), else 503, so a page never says 500. */
    public int pageStatus() {
        return status >= 400 && status < 500 ? status : 503;
    }

    public boolean unavailable() {
        return status == 503 || status == 502 || status == 504;
    }
}
