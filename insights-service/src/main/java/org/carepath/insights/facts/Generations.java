package org.carepath.insights.facts;

/**
 * Which generations of the facts a write goes to. The live consumers write to the live one and, while a
 * rebuild runs, to the one it builds, so the rebuilt facts miss nothing that arrives during the rebuild.
 */
public record Generations(String filter) {

    public static final Generations LIVE_AND_BUILDING = new Generations("g.state in ('live', 'building')");

    public static Generations only(int generation) {
        return new Generations("g.id = " + generation);
    }
}
