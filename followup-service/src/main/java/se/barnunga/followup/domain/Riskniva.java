package se.barnunga.followup.domain;

/** The risk assessment at closure (BBIC, "Stöd för bedömning av risk"): has the risk to the child decreased, stayed, or increased. */
public enum Riskniva {
    MINSKAD, OFORANDRAD, OKAD
}
