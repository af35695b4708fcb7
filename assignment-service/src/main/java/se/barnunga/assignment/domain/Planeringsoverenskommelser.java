package se.barnunga.assignment.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the planning meeting went through and agreed, item by item of the routine's "Checklista Planeringsmöte"
 * (Bilaga 1). Every item of the checklist is required; the aggregate names the first one missing. Free texts stay in
 * this service (never on Kafka).
 *
 * @param syfteForklarat                   "Går igenom varför vi är här och gör en tydlig sammanhangsmarkering" /
 *                                         "Förklara syftet med mötet" (must be true)
 * @param familjenDelarMalen               "Stäm av med familjen om de delar synen på målen" (true or false)
 * @param familjensSynPaMalen              the family's view when it does not share the goals (required then)
 * @param prioriteradeMal                  "Vilka av målen är prioriterade?": goal ids of the decision, at least one
 * @param beraknatAvslut                   "när insatsen beräknas avslutas – och/eller omprövas, beroende på beviljat
 *                                         beslut": the date, not before the planned start and within the decision period
 * @param familjenInformeradOmAvslut       "Familjen informeras om" that date (must be true)
 * @param omInsatsenInteFungerar           "Diskutera och kom överens om vad som sker om insatsen inte fungerar"
 * @param kontaktHur                       "på vilket sätt (hur …) barnet och föräldrarna ska ha kontakt med
 *                                         socialsekreteraren"
 * @param kontaktHurOfta                   "… hur ofta …" of the same contact
 * @param utforarenhetenPresenterad        the performer "Presenterar utförarenheten" (who the unit is, what it
 *                                         offers, that the social secretary follows up, that it works from the given
 *                                         assignment) (must be true)
 * @param informationsskyldighetInformerad "gällande sekretess men också informationsskyldighet" – the duty to report
 *                                         (must be true; secrecy itself is the meeting's {@code sekretessInformerad})
 * @param planprocessenBeskriven           "Beskriver hur upprättandet av genomförandeplanen brukar gå till" (must be
 *                                         true)
 * @param familjensMalResurserOchStyrkor   "Får möjlighet att berätta … vad de vill uppnå med insatsen. Be familjen
 *                                         berätta om sina resurser och styrkor" (free text, required)
 * @param tolkOchStodTillgodosett          the interpreter or other support the assignment names was there (required
 *                                         true when the assignment's {@code tolkbehov} names one; förmöte: "Tillgodose
 *                                         barnets och föräldrarnas behov av tolk eller annat stöd")
 */
public record Planeringsoverenskommelser(
        Boolean syfteForklarat,
        Boolean familjenDelarMalen,
        String familjensSynPaMalen,
        List<String> prioriteradeMal,
        LocalDate beraknatAvslut,
        Boolean familjenInformeradOmAvslut,
        String omInsatsenInteFungerar,
        String kontaktHur,
        String kontaktHurOfta,
        Boolean utforarenhetenPresenterad,
        Boolean informationsskyldighetInformerad,
        Boolean planprocessenBeskriven,
        String familjensMalResurserOchStyrkor,
        Boolean tolkOchStodTillgodosett) {

    @Override
    public String toString() {
        return "Planeringsoverenskommelser[***]";
    }
}
