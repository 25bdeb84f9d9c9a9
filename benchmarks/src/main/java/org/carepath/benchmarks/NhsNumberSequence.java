package org.carepath.benchmarks;

/**
 * Distinct, valid NHS numbers from the 999 range (never issued to real people) for the
 * benchmark's referrals, each run from its own random start, so every referral of a run is a
 * different person and can be found on the journey by its NHS number.
 */
final class NhsNumberSequence {

    private static final long FIRST = 999_000_000L;
    private static final long LAST = 999_999_999L;

    private long nextBody;

    NhsNumberSequence(long start) {
        this.nextBody = FIRST + Math.floorMod(start, LAST - FIRST + 1);
    }

    synchronized String next() {
        while (true) {
            String body = Long.toString(nextBody);
            nextBody = nextBody == LAST ? FIRST : nextBody + 1;
            int check = checkDigit(body);
            // a remainder giving 10 means no valid number has these nine digits
            if (check != 10) {
                return body + check;
            }
        }
    }

    /** The Modulus 11 check digit over nine digits (10 when there is none). */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check;
    }
}
