package no.klimanett.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** How database failures are classified; the shapes are the ones seen in the fault tests (faults/). */
class DatabaseFailuresTest {

    private static ProblemType typeOf(Throwable e) {
        return DatabaseFailures.classify(e).map(ProblemException::type).orElse(null);
    }

    @Test
    void connectionLostAtCommitIsUnavailable() {
        // PostgreSQL frozen while a transaction commits: Narayana throws RollbackException and attaches the
        // driver's I/O error only as a suppressed XAException (seen in faults/freeze-and-stop; it was a 500)
        var io = new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE,
                new SocketTimeoutException("Read timed out"));
        var xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(io);
        var rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        var wrapped = new RuntimeException("Error invoking subclass method", rollback);

        assertEquals(ProblemType.SERVICE_UNAVAILABLE, typeOf(wrapped));
    }

    @Test
    void connectionFailuresAndPoolTimeoutsAreUnavailable() {
        assertEquals(ProblemType.SERVICE_UNAVAILABLE,
                typeOf(new PSQLException("The connection attempt failed.", PSQLState.CONNECTION_UNABLE_TO_CONNECT)));
        assertEquals(ProblemType.SERVICE_UNAVAILABLE,
                typeOf(new SQLException("terminating connection due to administrator command", "57P01")));
        assertEquals(ProblemType.SERVICE_UNAVAILABLE,
                typeOf(new RuntimeException(new SQLTransientConnectionException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void serialisationFailureIsAConcurrentChange() {
        assertEquals(ProblemType.PRECONDITION_FAILED,
                typeOf(new PSQLException("could not serialize access", PSQLState.SERIALIZATION_FAILURE)));
    }

    @Test
    void unrelatedFailuresAreNotClassifiedAndCyclesEnd() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.addSuppressed(b); // a cycle through suppressed exceptions must not loop
        assertTrue(DatabaseFailures.classify(b).isEmpty());
    }
}
