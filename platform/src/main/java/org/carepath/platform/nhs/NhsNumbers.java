package org.carepath.platform.nhs;

/** The NHS number rules: 10 digits, the 10th a Modulus 11 check digit over the first nine. */
public final class NhsNumbers {

    private NhsNumbers() {
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (candidate.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        // a remainder giving 10 means no valid number has these nine digits
        return check != 10 && check == candidate.charAt(9) - '0';
    }

    /** The 3-3-4 form staff read and say aloud, e.g. {@code 943 476 5919}. */
    public static String display(String nhsNumber) {
        return nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }
}
