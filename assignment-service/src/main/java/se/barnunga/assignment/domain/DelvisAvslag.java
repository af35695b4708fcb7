package se.barnunga.assignment.domain;

/**
 * What of the application was refused, in part (SOSFS 2014:5 4 kap. 14 § 2: "vilka insatser som har beviljats
 * respektive avslagits helt eller delvis"), and why. Free text: stays in this service.
 */
public record DelvisAvslag(String vad, String skal) {
    @Override
    public String toString() {
        return "DelvisAvslag[***]";
    }
}
