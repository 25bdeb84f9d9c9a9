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
            default -> "ADT_A01";
        };
        return message(trigger, structure, hospital, controlId, nhsNumber, visit, ward, bed, "E", "", dischargedAt,
                dischargedTo);
    }

    private static String message(String trigger, String structure, String hospital, String controlId, String nhsNumber,
            String visit, String ward, String bed, String admissionType, String admittedAt, String dischargedAt,
            String dischargedTo) {
        String pv1 = "PV1|1|I|" + ward + "^^" + (bed == null ? "" : bed) + "^" + hospital + "|" + admissionType
                + "|||||||||||||||" + visit + "||||||||||||||||||" + dischargedTo + "|||||||" + admittedAt + "|"
                + dischargedAt;
        return String.join("\r",
                "MSH|^~\\&|PAS|" + hospital + "|CAREPATH|CAREPATH|20261120093000||ADT^" + trigger + "^" + structure + "|"
                        + controlId + "|P|2.5.1",
                "EVN|" + trigger + "|20261120093000",
                "PID|1||H123456^^^" + hospital + "^MR~" + nhsNumber + "^^^NHS^NH||SMITH^JOAN||19400101|F",
                pv1) + "\r";
    }
}
