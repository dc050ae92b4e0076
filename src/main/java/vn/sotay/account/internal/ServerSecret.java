package vn.sotay.account.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import vn.sotay.shared.SotaySettings;

/**
 * The server's signing key: {@code sotay.secret} when set (the same on every node), otherwise a random key
 * generated once into {@code <data-dir>/secret.key}.
 */
@Component
public class ServerSecret {

    private final byte[] key;

    public ServerSecret(SotaySettings settings) {
        this.key = settings.secret().isBlank() ? loadOrCreate(settings.dataDir().resolve("secret.key"))
                : settings.secret().getBytes(StandardCharsets.UTF_8);
    }

    /** HMAC-SHA256 of the text, base64url without padding. */
    public String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = Base64.getUrlDecoder().decode(Secrets.token());
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
            restrict(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the server key " + file, e);
        }
    }

    static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system (Windows): the folder's own permissions apply
        }
    }
}
