package se.barnunga.concern.domain;

/**
 * A family member of the child who may have been told about a concern before it was passed on. The child itself is
 * recorded per child ({@code barnetInformerat}).
 */
public enum Familjerelation {
    /** A guardian: told before the concern is passed on, unless abuse is suspected. */
    VARDNADSHAVARE,
    /** Another family member (a parent without custody, a sibling, a grandparent …): never told when abuse is suspected. */
    ANNAN_FAMILJEMEDLEM
}
