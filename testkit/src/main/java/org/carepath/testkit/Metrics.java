package org.carepath.testkit;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

/** Reads the service under test's /q/metrics as Prometheus would. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The sum of every series of the metric whose labels include all of {@code labels} (each as
     * exposed, e.g. {@code group="careplan-service"}); NaN when one of them is NaN, 0 when there is none.
     */
    public static double sum(String name, String... labels) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
