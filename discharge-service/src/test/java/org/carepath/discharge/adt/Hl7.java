package org.carepath.discharge.adt;

/** ADT messages as a hospital system sends them (segments end with a carriage return). */
public final class Hl7 {

    private Hl7() {
    }

    public static String a01(String hospital, String controlId, String nhsNumber, String visit, String ward, String bed,
            String admittedAt) {
        return message("A01", "ADT_A01", hospital, controlId, nhsNumber, visit, ward, bed, "E", admittedAt, "", "");
    }

    public static String adt(String trigger, String hospital, String controlId, String nhsNumber, String visit, String ward,
            String bed, String dischargedAt, String dischargedTo) {
        String structure = switch (trigger) {
            case "A02" -> "ADT_A02";
            case "A03" -> "ADT_A03";
            case "A11" -> "ADT_A09";
            case "A12" -> "ADT_A12";
            default -> "ADT_A01";
        };
        return message(trigger, structure, hospital, controlId, nhsNumber, visit, ward, bed, "E", "", dischargedAt,
                dischargedTo);
    }

    /** The message with a PV2 segment giving the expected discharge date (PV2-9, YYYYMMDD). */
    public static String withExpectedDischarge(String message, String date) {
        return message + "PV2|||||||||" + date + "\r";
    }

    /** A28 (add person) or A31 (update person): name, date of birth and an address with its postcode. */
    public static String person(String trigger, String hospital, String controlId, String nhsNumber, String family,
            String given, String dateOfBirth, String postcode) {
        return String.join("\r",
                header(trigger, "ADT_A05", hospital, controlId),
                "PID|1||H123456^^^" + hospital + "^MR~" + nhsNumber + "^^^NHS^NH||" + family + "^" + given + "||"
                        + dateOfBirth + "|F|||1 Mill Lane^^Northfield^^" + postcode + "^GBR",
                "PV1|1|N") + "\r";
    }

    /** A40: the record with NHS number {@code merged} (MRG-1) is merged into {@code survivor} (PID-3). */
    public static String merge(String hospital, String controlId, String survivor, String merged) {
        return String.join("\r",
                header("A40", "ADT_A39", hospital, controlId),
                "PID|1||" + survivor + "^^^NHS^NH||SMITH^JOAN||19400101|F",
                "MRG|" + merged + "^^^NHS^NH~H999^^^" + hospital + "^MR") + "\r";
    }

    private static String header(String trigger, String structure, String hospital, String controlId) {
        return "MSH|^~\\&|PAS|" + hospital + "|CAREPATH|CAREPATH|20261120093000||ADT^" + trigger + "^" + structure + "|"
                + controlId + "|P|2.5.1\rEVN|" + trigger + "|20261120093000";
    }

    private static String message(String trigger, String structure, String hospital, String controlId, String nhsNumber,
            String visit, String ward, String bed, String admissionType, String admittedAt, String dischargedAt,
            String dischargedTo) {
        String pv1 = "PV1|1|I|" + ward + "^^" + (bed == null ? "" : bed) + "^" + hospital + "|" + admissionType
                + "|||||||||||||||" + visit + "||||||||||||||||||" + dischargedTo + "|||||||" + admittedAt + "|"
                + dischargedAt;
        return String.join("\r",
                header(trigger, structure, hospital, controlId),
                "PID|1||H123456^^^" + hospital + "^MR~" + nhsNumber + "^^^NHS^NH||SMITH^JOAN||19400101|F",
                pv1) + "\r";
    }
}
