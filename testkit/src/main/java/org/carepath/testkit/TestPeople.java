package org.carepath.testkit;

import java.util.concurrent.ThreadLocalRandom;

/** People for tests: a fresh, valid NHS number on every call, so tests sharing a database never meet. */
public final class TestPeople {

    private TestPeople() {
    }

    /** Ten digits whose last is the Modulus 11 check digit of the first nine. */
    public static String nhsNumber() {
        while (true) {
            String first9 = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (first9.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return first9 + check;
            }
        }
    }
}
