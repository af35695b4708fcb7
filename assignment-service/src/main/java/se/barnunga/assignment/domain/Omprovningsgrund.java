package se.barnunga.assignment.domain;

/** On what a decision is re-decided after a withdrawal of consent. */
public enum Omprovningsgrund {
    /** The committee decided that the intervention is given under 11 § LVU (a child cared for under LVU). */
    NAMNDBESLUT_LVU_11,
    /** Everyone whose consent is required consented anew: the intervention goes on under the consent-based basis. */
    NYTT_SAMTYCKE
}
