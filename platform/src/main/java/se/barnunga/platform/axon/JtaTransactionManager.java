package se.barnunga.platform.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Axon's {@link TransactionManager} over the JTA transaction manager that Quarkus' datasource enlists in, so the
 * event store, the token store, projections and read models share one transaction. Joins a transaction that is
 * already active (e.g. a Kafka consumer's, which records the processed event id in the same transaction).
 * {@code QuarkusTransaction} is not used: it fails on Axon's processor threads.
 */
final class JtaTransactionManager implements TransactionManager {

    private final jakarta.transaction.TransactionManager jta;

    JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            int status = jta.getStatus();
            if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
                return new Participating();
            }
            jta.begin();
            return new Owned();
        } catch (Exception e) {
            throw new IllegalStateException("could not start a JTA transaction", e);
        }
    }

    /** A transaction begun here: committed or rolled back here. */
    private final class Owned implements Transaction {
        @Override
        public void commit() {
            try {
                if (jta.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                    jta.rollback();
                    throw new IllegalStateException("the transaction was marked for rollback");
                }
                jta.commit();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("could not commit the JTA transaction", e);
            }
        }

        @Override
        public void rollback() {
            try {
                int status = jta.getStatus();
                if (status != Status.STATUS_NO_TRANSACTION) {
                    jta.rollback();
                }
            } catch (SystemException e) {
                throw new IllegalStateException("could not roll back the JTA transaction", e);
            }
        }
    }

    /** Part of an outer transaction: its owner commits; a rollback here dooms the outer one. */
    private final class Participating implements Transaction {
        @Override
        public void commit() {
            // the owner of the transaction commits
        }

        @Override
        public void rollback() {
            try {
                jta.setRollbackOnly();
            } catch (SystemException | IllegalStateException e) {
                throw new IllegalStateException("could not mark the JTA transaction for rollback", e);
            }
        }
    }
}
