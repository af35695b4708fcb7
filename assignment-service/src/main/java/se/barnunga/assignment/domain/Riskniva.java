package se.barnunga.assignment.domain;

/** The risk assessment at closure (BBIC, "Stöd för bedömning av risk"). */
public enum Riskniva {
    MINSKAD, OFORANDRAD, OKAD
}
