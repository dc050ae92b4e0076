package vn.sotay.account.internal;

import java.nio.file.Path;

/** Files holding secrets are readable by their owner only. */
public final class ServerSecretFiles {

    private ServerSecretFiles() {
    }

    public static void restrict(Path file) {
        ServerSecret.restrict(file);
    }
}
