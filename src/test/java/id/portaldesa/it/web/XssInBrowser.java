package id.portaldesa.it.web;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser half of the stored-XSS tests: every payload of the corpus calls {@code window.__xss}
 * when it runs. {@link #watch} installs, before any script of each page, a trap for that call, for
 * dialogs and for CSP violations; {@link #findings} then lists what a payload made of the page shown:
 * what ran, handlers, {@code javascript:} addresses and scripts without the response's nonce in the
 * DOM, requests that left the page or went to an address that does not exist (an injected
 * {@code <img src=x>}; the browser's own {@code /favicon.ico}, which no page names, aside). Reading
 * the DOM as well as what ran fails a missed escape even where the CSP would stop the script.
 */
final class XssInBrowser {

    /** Installed through DevTools, which the page's CSP does not govern. */
    static final String WATCH = "window.__ran = [];"
            + "window.__xss = function (n) { window.__ran.push('payload ' + n + ' ran'); };"
            + "['alert', 'confirm', 'prompt', 'print'].forEach(function (f) {"
            + "  window[f] = function () { window.__ran.push(f + '() called'); }; });"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__ran.push('CSP refused ' + e.violatedDirective + ' ' + e.blockedURI); });";

    /** What a page shows that a payload made (empty when every payload stayed text). */
    static final String FINDINGS = "const found = window.__ran.slice();"
            + "const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'xlink:href',"
            + "  'poster', 'background', 'cite', 'ping'];"
            + "document.querySelectorAll('*').forEach(function (e) {"
            + "  for (const a of e.attributes) {"
            + "    const v = a.value.trim().toLowerCase();"
            + "    if (a.name.startsWith('on')) found.push('handler ' + a.name + ' on ' + e.tagName);"
            + "    if (URL_ATTRIBUTES.includes(a.name)"
            + "        && /^(javascript|vbscript|data:text)/.test(v.replace(/[\\s\\u0000-\\u001f]/g, '')))"
            + "      found.push(a.name + '=' + v.substring(0, 40) + ' on ' + e.tagName); } });"
            + "document.querySelectorAll('script:not([nonce]), iframe, frame, object, embed, base, "
            + "meta[http-equiv], link[rel=import], svg animate, svg set, math [href]').forEach(function (e) {"
            + "  found.push('element ' + e.tagName); });"
            + "performance.getEntriesByType('resource').forEach(function (r) {"
            + "  const u = new URL(r.name);"
            + "  if (u.origin !== location.origin) found.push('request left the page: ' + r.name);"
            + "  else if (r.responseStatus >= 400 && u.pathname !== '/favicon.ico')"
            + "    found.push('request to ' + u.pathname + ' answered ' + r.responseStatus + ' from '"
            + "      + Array.from(document.querySelectorAll('[src], [href]'))"
            + "          .filter(function (e) { return e.src === r.name || e.href === r.name; })"
            + "          .map(function (e) { return e.outerHTML.substring(0, 160); }).join(' | ')); });"
            + "return found;";

    private XssInBrowser() {}

    /** From now on, every page this browser opens is watched. */
    static void watch(ChromeDriver browser) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    }

    /** What payloads made of the page the browser shows, one line each (empty: all stayed text). */
    static List<String> findings(ChromeDriver browser) {
        return ((List<?>) browser.executeScript(FINDINGS))
                .stream().map(String::valueOf).toList();
    }
}
