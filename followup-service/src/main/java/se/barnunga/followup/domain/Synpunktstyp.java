package se.barnunga.followup.domain;

/** A complaint or a view on how the intervention is carried out (SOSFS 2014:5, 4 kap. 22 § and 5 kap. 4 §). */
public enum Synpunktstyp {
    KLAGOMAL, SYNPUNKT
}
