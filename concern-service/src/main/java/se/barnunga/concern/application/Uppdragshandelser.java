package se.barnunga.concern.application;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import se.barnunga.contracts.ContractCatalog;
import se.barnunga.contracts.Topics;
import se.barnunga.contracts.uppdrag.BeslutAterkallat;
import se.barnunga.contracts.uppdrag.InsatsAvslutad;
import se.barnunga.contracts.uppdrag.InsatsBeviljad;
import se.barnunga.contracts.uppdrag.UppdragAvslutat;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.platform.consuming.ContractEventData;
import se.barnunga.platform.consuming.ContractEventHandler;

/**
 * Learns which social secretary is responsible for which child from the assignment-service's events: an assignment
 * becomes known with its decision or when it is sent, and stops being ongoing when the intervention or assignment is
 * closed or the decision revoked. Runs once per event (the platform de-duplicates on the CloudEvent id); a late
 * re-sent {@code UppdragSkickat} never reopens a closed assignment.
 */
@ApplicationScoped
public class Uppdragshandelser implements ContractEventHandler {


    @Override
    public Set<String> topics() {
        return Set.of(Topics.UPPDRAG);
    }

    @Override
    public String name() {
        return "ansvariga-socialsekreterare";
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        String type = event.getType();
        if (type.equals(ContractCatalog.typeOf(InsatsBeviljad.class))) {
            InsatsBeviljad e = ContractEventData.read(event, InsatsBeviljad.class);
            kand(e.uppdragId(), e.barn().pseudonym(), e.socialsekreterare(), e.myndighetsenhet(), e.beslutRegistrerat());
        } else if (type.equals(ContractCatalog.typeOf(UppdragSkickat.class))) {
            UppdragSkickat e = ContractEventData.read(event, UppdragSkickat.class);
            kand(e.uppdragId(), e.barn().pseudonym(), e.socialsekreterare(), e.myndighetsenhet(), e.skickad());
        } else if (type.equals(ContractCatalog.typeOf(InsatsAvslutad.class))
                || type.equals(ContractCatalog.typeOf(UppdragAvslutat.class))
                || type.equals(ContractCatalog.typeOf(BeslutAterkallat.class))) {
            avslutat(event.getSubject());
        }
    }


    private static void kand(String uppdragId, String pseudonym, String socialsekreterare, String enhet, Instant tid) {
        AnsvarigSocialsekreterareVy vy = AnsvarigSocialsekreterareVy.findById(uppdragId);
        if (vy == null) {
            vy = new AnsvarigSocialsekreterareVy();
            vy.uppdragId = uppdragId;
            vy.pagaende = true;
        }
        vy.barnPseudonym = pseudonym;
        vy.socialsekreterare = socialsekreterare;
        vy.myndighetsenhet = enhet;
        vy.senast = tid;
        vy.persist();
    }

    private static void avslutat(String uppdragId) {
        AnsvarigSocialsekreterareVy vy = uppdragId == null ? null : AnsvarigSocialsekreterareVy.findById(uppdragId);
        if (vy != null) {
            vy.pagaende = false;
        }
    }
}
