package org.carepath.insights;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.restassured.path.json.JsonPath;

/** The series API as a manager calls it, and its rows as the tests compare them. */
public final class Insights {

    private Insights() {
    }

    public static JsonPath series(String token, String metric, LocalDate from, LocalDate to, String groupBy) {
        return given().auth().oauth2(token)
                .queryParam("metric", metric).queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("groupBy", groupBy)
                .get("/insights/series")
                .then().statusCode(200).extract().jsonPath();
    }

    /**
     * The rows that say something, as {@code "scope group date" -> value}: a suppressed value reads {@code <5}; zero
     * counts and days with nothing measured are left out (every row is there: see {@link #rowCount}).
     */
    public static Map<String, String> shown(JsonPath series) {
        Map<String, String> shown = new TreeMap<>();
        List<Map<String, Object>> rows = series.getList("rows");
        for (Map<String, Object> row : rows) {
            String key = row.get("scope") + " " + row.get("group") + " " + row.get("date");
            if (Boolean.TRUE.equals(row.get("suppressed"))) {
                shown.put(key, "<5");
            } else if (row.get("value") != null) {
                String value = new BigDecimal(row.get("value").toString()).stripTrailingZeros().toPlainString();
                if (!"0".equals(value)) {
                    shown.put(key, value);
                }
            }
        }
        return shown;
    }

    public static int rowCount(JsonPath series) {
        return series.getList("rows").size();
    }

    /** {@code "scope group date"} keys with one value for every day from..to. */
    public static Map<String, String> everyDay(String scopeAndGroup, String from, String to, String value) {
        Map<String, String> days = new TreeMap<>();
        for (LocalDate day = LocalDate.parse(from); !day.isAfter(LocalDate.parse(to)); day = day.plusDays(1)) {
            days.put(scopeAndGroup + " " + day, value);
        }
        return days;
    }
}
