package id.portaldesa.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment all integration tests share: the WAR the build produced, exactly as shipped,
 * plus the in-container test classes. Named ROOT so it serves at "/" like production.
 */
@ArquillianSuiteDeployment
public class SuiteDeployment {

    @Deployment
    public static WebArchive deployment() {
        WebArchive shipped = ShrinkWrap.createFromZipFile(
                WebArchive.class, new File(System.getProperty("portal.war", "target/portal.war")));
        return ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(shipped)
                .addPackage("id.portaldesa.it.container")
                // Pictures as phones and editors write them, for the media tests in the container.
                .addClass(id.portaldesa.media.TestPictures.class)
                // A feature-like upload form (it.container.UploadCheckPage), for MediaUploadFormIT.
                .addAsWebResource(
                        new File("src/test/webapp/office/media/upload-check.xhtml"), "office/media/upload-check.xhtml");
    }
}
