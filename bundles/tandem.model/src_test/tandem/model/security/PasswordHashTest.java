package tandem.model.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    private final PasswordHash hasher = new PasswordHash(new java.security.SecureRandom(), 1000);

    @Test
    void theRightPasswordVerifies() {
        assertTrue(PasswordHash.verify("operator".toCharArray(), hasher.hash("operator".toCharArray())));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        assertFalse(PasswordHash.verify("operatr".toCharArray(), hasher.hash("operator".toCharArray())));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("x".toCharArray()), hasher.hash("x".toCharArray()));
    }

    @Test
    void aClearTextPasswordIsNotAHash() {
        assertFalse(PasswordHash.isWellFormed("operator"));
        assertFalse(PasswordHash.verify("operator".toCharArray(), "operator"));
    }

    @Test
    void theHashDoesNotContainThePassword() {
        assertFalse(hasher.hash("secretword".toCharArray()).contains("secretword"));
    }
}
