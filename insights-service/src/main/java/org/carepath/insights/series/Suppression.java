package org.carepath.insights.series;

/**
 * Small numbers are not shown, so no person can be picked out of a figure: a count of 1 to 4, and a median
 * or p90 of fewer than 5 referrals. A zero tells nothing about anyone and is shown.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /**
     * @param counted how many fact rows the value comes from (for a count, the value itself)
     */
    public static boolean suppressed(long counted) {
        return counted > 0 && counted < THRESHOLD;
    }
}
