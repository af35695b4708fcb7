package se.barnunga.followup.domain;

/** Why a follow-up leads to a new investigation (the routine: raised risk, new needs, an application for other support, or to continue a time-limited decision). */
public enum Utredningsgrund {
    OKAD_RISK, NYA_BEHOV, ANSOKAN_ANNAN_INSATS, ANSOKAN_FORTSATT_INSATS
}
