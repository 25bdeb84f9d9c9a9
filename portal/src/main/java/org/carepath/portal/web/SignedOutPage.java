package org.carepath.portal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Where Keycloak sends the browser after sign-out: open to all, since no one is signed in any more. */
@Path("/signed-out")
@Produces(MediaType.TEXT_HTML)
public class SignedOutPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut(StaffMember staff);
    }

    @GET
    public TemplateInstance signedOut() {
        return Templates.signedOut(null);
    }
}
