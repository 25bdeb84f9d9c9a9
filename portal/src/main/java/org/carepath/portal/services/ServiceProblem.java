package org.carepath.portal.services;

/**
 * A service refused or failed a call: its RFC 9457 problem, kept so a page can say what went wrong in a sentence.
 *
 * @param status the HTTP status the service answered
 * @param title  the problem's title, e.g. "Bad input"
 * @param detail what was wrong, in the service's words
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;

    public ServiceProblem(int status, String title, String detail) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
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
