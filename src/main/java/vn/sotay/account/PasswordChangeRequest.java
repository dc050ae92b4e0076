package vn.sotay.account;

/** The fields of "Đổi mật khẩu": Mật khẩu cũ, Mật khẩu mới, Nhập lại mật khẩu mới. */
public record PasswordChangeRequest(String oldPassword, String newPassword, String confirmPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[***]";
    }
}
