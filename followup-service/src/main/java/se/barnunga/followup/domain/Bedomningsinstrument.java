package se.barnunga.followup.domain;

/**
 * A standardised assessment instrument used at a follow-up (SOSFS 2014:5, 4 kap. 22 § allmänna råd: "om nämnden har
 * använt någon standardiserad bedömningsmetod och i så fall vilken"; seed 004, indicator F.2.2). {@link #ANNAT} needs the
 * instrument's name.
 */
public enum Bedomningsinstrument {
    SDQ, ADAD, SAVRY, ASI, CSQ8, ANNAT
}
