package org.carepath.discharge.episode;

import java.util.List;

import org.carepath.discharge.episode.EpisodeHistory.Delay;
import org.carepath.discharge.episode.EpisodeHistory.EddChange;
import org.carepath.discharge.episode.EpisodeHistory.Milestone;
import org.carepath.discharge.episode.EpisodeHistory.NoCriteriaPeriod;
import org.carepath.discharge.episode.EpisodeHistory.Undone;
import org.carepath.discharge.episode.EpisodeHistory.WardStay;
import org.carepath.platform.persistence.JsonText;

/** The episode's JSON-in-text columns. */
final class JsonColumns {

    private JsonColumns() {
    }

    static final class WardStays extends JsonText<List<WardStay>> {
        WardStays() {
            super(listOf(WardStay.class));
        }
    }

    static final class EddChanges extends JsonText<List<EddChange>> {
        EddChanges() {
            super(listOf(EddChange.class));
        }
    }

    static final class NoCriteriaPeriods extends JsonText<List<NoCriteriaPeriod>> {
        NoCriteriaPeriods() {
            super(listOf(NoCriteriaPeriod.class));
        }
    }

    static final class Delays extends JsonText<List<Delay>> {
        Delays() {
            super(listOf(Delay.class));
        }
    }

    static final class Milestones extends JsonText<List<Milestone>> {
        Milestones() {
            super(listOf(Milestone.class));
        }
    }

    static final class Undos extends JsonText<List<Undone>> {
        Undos() {
            super(listOf(Undone.class));
        }
    }
}
