package id.portaldesa.account.web;

import id.portaldesa.shared.web.Access;
import id.portaldesa.shared.web.Route;
import id.portaldesa.shared.web.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Addresses of the account self-service pages: password reset for visitors, account settings and
 * personal data for every logged-in person. The pages sit in the public folder so that they are
 * served on village sites and on the platform alike, to residents, staff and platform admins.
 */
@ApplicationScoped
public class SelfServiceRoutes implements RouteSource {

    @Override
    public List<Route> routes() {
        return List.of(
                Route.of("/lupa-sandi", "/public/account/forgot.xhtml", Access.ANYONE),
                Route.of("/atur-ulang-sandi", "/public/account/reset.xhtml", Access.ANYONE),
                Route.of("/akun/profil", "/public/account/profile.xhtml", Access.LOGGED_IN),
                Route.of("/akun/sandi", "/public/account/password.xhtml", Access.LOGGED_IN),
                Route.of("/akun/email", "/public/account/email.xhtml", Access.LOGGED_IN),
                // Opened from the new mailbox, often on another device: the token is the proof.
                Route.of("/akun/konfirmasi-email", "/public/account/confirm-email.xhtml", Access.ANYONE),
                Route.of("/akun/data-saya", "/public/account/my-data.xhtml", Access.LOGGED_IN),
                Route.of("/akun/hapus", "/public/account/delete.xhtml", Access.LOGGED_IN));
    }
}
