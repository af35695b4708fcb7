package se.barnunga.assignment.application;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Read model of the IVO report: per case, the events {@link IvoUppgifter#av} reads ({@link IvoUppgifter#UNDERLAG}) and
 * the {@link IvoUppgifter} folded from them, built by {@link IvoProjektion}; rebuildable by replay. Holds personal data
 * like {@link UppdragVy} (the decision event names the child; the record holds birth date and sex): it is read only by
 * the audited IVO endpoints.
 *
 * <p>Both columns are JSONB written from text ({@code ?::jsonb}): the JSON is made and read by the service's Jackson
 * mapper, the one that also serializes the events in the event store and the record in the API.
 */
@Entity
@Table(name = "ivo_vy")
public class IvoVy extends PanacheEntityBase {

    @Id
    @Column(name = "uppdrag_id")
    public String uppdragId;
    /** The child's pseudonym, computed once from the registration (so no read needs the personnummer). */
    public String pseudonym;
    /** The case's {@link IvoUppgifter#UNDERLAG} events in order, as a JSON array of {@code IvoProjektion.Post}. */
    @ColumnTransformer(write = "?::jsonb")
    public String underlag;
    /** {@link IvoUppgifter} as JSON; {@code null} while the case has no decision on intervention. */
    @ColumnTransformer(write = "?::jsonb")
    public String uppgifter;

    /** The {@link #underlag} as read once per persistence context (a batch), appended to by each kept event. */
    @Transient
    IvoProjektion.Kept kept;
}
