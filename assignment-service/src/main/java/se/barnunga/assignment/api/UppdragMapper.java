package se.barnunga.assignment.api;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.barnunga.assignment.api.Anrop.AktivitetAnrop;
import se.barnunga.assignment.api.Anrop.BeslutAnrop;
import se.barnunga.assignment.api.Anrop.BeslutsfattareAnrop;
import se.barnunga.assignment.api.Anrop.InnehallAnrop;
import se.barnunga.assignment.api.Anrop.KontaktAnrop;
import se.barnunga.assignment.api.Anrop.LvuVardAnrop;
import se.barnunga.assignment.api.Anrop.MalAnrop;
import se.barnunga.assignment.api.Anrop.MalUppfyllelseAnrop;
import se.barnunga.assignment.api.Anrop.NamndbeslutAnrop;
import se.barnunga.assignment.api.Anrop.OnskemalAnrop;
import se.barnunga.assignment.api.Anrop.OverenskommelserAnrop;
import se.barnunga.assignment.api.Anrop.PeriodAnrop;
import se.barnunga.assignment.api.Anrop.PersonAnrop;
import se.barnunga.assignment.api.Anrop.UtredningAnrop;
import se.barnunga.assignment.domain.Beslutsdokumentation;
import se.barnunga.assignment.domain.Beslutsfattare;
import se.barnunga.assignment.domain.DelvisAvslag;
import se.barnunga.assignment.domain.LvuVard;
import se.barnunga.assignment.domain.Namndbeslut;
import se.barnunga.assignment.domain.Planeringsoverenskommelser;
import se.barnunga.assignment.domain.Varden;
import se.barnunga.platform.identity.Personnummer;

/**
 * Turns the request records ({@link Anrop}) into the domain's values ({@link Varden} and the decision's parts), so the
 * assignment resources only route. A personal identity number is parsed here against the service clock (400 when it is
 * malformed); every other rule is the aggregate's. A value that is absent in the request stays null.
 */
@ApplicationScoped
public class UppdragMapper {

    @Inject
    Clock clock;

    Varden.Utredning utredning(UtredningAnrop u) {
        return u == null ? null : new Varden.Utredning(u.referens(), u.start(), u.planeratSlut());
    }

    Varden.Onskemal onskemal(OnskemalAnrop o) {
        return o == null ? null : new Varden.Onskemal(o.metod(), o.tidsomfattning(), o.intensitet());
    }

    /** The guardian who consents or withdraws consent, with the number normalized. */
    Varden.Vardnadshavare vardnadshavare(PersonAnrop p) {
        return p == null ? null : new Varden.Vardnadshavare(Personnummer.parse(p.personnummer(), clock).normalized(), p.namn(), null);
    }

    /** The decision's goals, each given a new id. */
    List<Varden.Mal> mal(List<MalAnrop> mal) {
        return mal.stream()
                .map(m -> new Varden.Mal(UUID.randomUUID().toString(), m.beskrivning(), m.bbicOmrade(), m.ytterligareBbicOmraden()))
                .toList();
    }

    Varden.Period period(PeriodAnrop p) {
        return p == null ? null : new Varden.Period(p.from(), p.tom());
    }

    /** The decision's documentation (SOSFS 2014:5 4 kap. 13–14 §). */
    Beslutsdokumentation beslutsdokumentation(BeslutAnrop a) {
        return new Beslutsdokumentation(a.skal(), beslutsfattare(a.beslutsfattare()), a.ansokanAvser(),
                a.delvisAvslag() == null ? null : new DelvisAvslag(a.delvisAvslag().vad(), a.delvisAvslag().skal()),
                a.enskildesOnskemalOmUtforare(), a.beslutsunderlag(), a.behovsbedomningKommunicerad(), a.syfte(),
                a.malOverenskomnaMedFamiljen());
    }

    Beslutsfattare beslutsfattare(BeslutsfattareAnrop b) {
        return b == null ? null : new Beslutsfattare(b.namn(), b.titel(), b.delegationsniva());
    }

    LvuVard lvuVard(LvuVardAnrop l) {
        return l == null ? null : new LvuVard(l.beslutsreferens(), l.beslutsdatum());
    }

    Namndbeslut namndbeslut(NamndbeslutAnrop n) {
        return n == null ? null : new Namndbeslut(n.referens(), n.datum(), beslutsfattare(n.beslutsfattare()));
    }

    /** The written assignment's content (SOSFS 2014:5), the guardians' numbers normalized. */
    Varden.Uppdragsinnehall innehall(InnehallAnrop i) {
        List<Varden.Vardnadshavare> vardnadshavare = i.vardnadshavare() == null ? null : i.vardnadshavare().stream()
                .map(v -> new Varden.Vardnadshavare(Personnummer.parse(v.personnummer(), clock).normalized(), v.namn(),
                        kontakt(v.kontakt())))
                .toList();
        Varden.Tolkbehov tolk = i.tolkbehov() == null ? null
                : new Varden.Tolkbehov(i.tolkbehov().tolk(), i.tolkbehov().sprak(), i.tolkbehov().kommunikationsstod());
        return new Varden.Uppdragsinnehall(kontakt(i.barnetsKontaktuppgifter()), vardnadshavare, i.skyddadePersonuppgifter(), tolk,
                i.uppdragetOmfattar(), i.bedomningAvBehovOchFormaga(), i.uppfoljningsform(), i.aterrapporteringVidAvslut(),
                i.andraHuvudmansInsatser(), i.sipBehov(), kontakt(i.socialsekreterarensKontakt()), i.familjenInformerad(),
                i.utredningsplanBifogad(), i.sipFinns(), i.vardnadshavareInformerade(), i.barnetInformerat());
    }

    Varden.Kontaktuppgifter kontakt(KontaktAnrop k) {
        return k == null ? null : new Varden.Kontaktuppgifter(k.adress(), k.telefon(), k.epost());
    }

    /** The planning meeting's agreements (the routine's checklist). */
    Planeringsoverenskommelser overenskommelser(OverenskommelserAnrop o) {
        return o == null ? null : new Planeringsoverenskommelser(o.syfteForklarat(), o.familjenDelarMalen(),
                o.familjensSynPaMalen(), o.prioriteradeMal(), o.beraknatAvslut(), o.familjenInformeradOmAvslut(),
                o.omInsatsenInteFungerar(), o.kontaktHur(), o.kontaktHurOfta(), o.utforarenhetenPresenterad(),
                o.informationsskyldighetInformerad(), o.planprocessenBeskriven(), o.familjensMalResurserOchStyrkor(),
                o.tolkOchStodTillgodosett());
    }

    /** The implementation plan's activities. */
    List<Varden.Aktivitet> aktiviteter(List<AktivitetAnrop> a) {
        return a.stream().map(x -> new Varden.Aktivitet(x.malId(), x.beskrivning(), x.ansvarig(), x.nar(), x.hur())).toList();
    }

    /** The closing summary's rating of each goal. */
    List<Varden.MalUppfyllelse> malUppfyllelse(List<MalUppfyllelseAnrop> m) {
        return m.stream().map(x -> new Varden.MalUppfyllelse(x.malId(), x.bedomning(), x.sammanfattning())).toList();
    }
}
