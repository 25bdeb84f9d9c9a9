package org.carepath.discharge.reference;

/** A delay reason from the reference code set in force, e.g. england E "Care package in own home". */
public record DelayReason(String codeSet, String code, String reason) {
}
