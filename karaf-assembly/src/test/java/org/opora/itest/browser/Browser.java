package org.opora.itest.browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, driven through Debian's chromedriver; small helpers for Vaadin pages. */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final WebDriverWait following;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=ru-RU");
        options.setAcceptInsecureCerts(true); // a distribution on HTTPS has the self-signed pair of its first start
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        following = new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    void open(String url) {
        driver.get(url);
        settle();
    }

    /** The browser's cookie of this name for the current page, or null. */
    org.openqa.selenium.Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** The driver, for a wait or the session's cookies. */
    WebDriver driver() {
        return driver;
    }

    /** The address the browser shows. */
    String url() {
        return driver.getCurrentUrl();
    }

    /**
     * Waits until the field's input shows the text (a combo box's chosen label, a text field's or a text area's value),
     * looking the field up afresh each time, so that a form rebuilt meanwhile (a reload after a conflict) counts.
     */
    void awaitValue(String id, String text) {
        await(By.id(id));
        wait.until(d -> text.equals(js("""
                const f = document.getElementById(arguments[0]);
                const input = f && f.querySelector('input, textarea');
                return input ? input.value : null;""", id)));
    }

    String path() {
        return URI_PATH.apply(driver.getCurrentUrl());
    }

    /** Waits until no Vaadin request is in flight. */
    void settle() {
        wait.until(d -> Boolean.FALSE.equals(js("""
                if (document.readyState !== 'complete') return true;
                const v = window.Vaadin && window.Vaadin.Flow;
                if (!v || !v.clients) return false;
                return Object.values(v.clients).some(c => c.isActive && c.isActive());""")));
    }

    /**
     * Waits for a shown element. A grid's component cells can leave a hidden copy of a re-rendered component (same
     * id) in the page, so the first one shown counts.
     */
    WebElement await(By by) {
        return shown(by, false);
    }

    /** The first element shown; scrolled into view first when asked (a grid's cell out of view counts as hidden). */
    private WebElement shown(By by, boolean scroll) {
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            for (WebElement e : d.findElements(by)) {
                if (scroll) {
                    js("arguments[0].scrollIntoView({block: 'center'});", e);
                }
                if (e.isDisplayed()) {
                    return e;
                }
            }
            return null;
        });
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    void awaitPath(String path) {
        wait.until(d -> path().equals(path));
        settle();
    }

    void awaitText(String text) {
        wait.until(d -> bodyText().contains(text));
    }

    /** Waits until the page no longer shows the text (e.g. an objection that was dealt with). */
    void awaitGone(String text) {
        wait.until(d -> !bodyText().contains(text));
    }

    /** Waits until the element's text is no longer the given one (e.g. a count after a search). */
    void awaitTextChange(String id, String before) {
        wait.until(d -> !d.findElement(By.id(id)).getText().equals(before));
        settle();
    }

    String bodyText() {
        return (String) js("return document.body.innerText");
    }

    void signIn(String username, String password) {
        await(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        settle();
    }

    void type(String id, String text) {
        WebElement field = await(By.id(id));
        WebElement input = field.findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(text);
    }

    /** Types into a text field or text area and leaves it, so that the server gets the value. */
    void fill(String id, String text) {
        WebElement field = await(By.id(id));
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text, Keys.TAB);
        settle();
    }

    /** Types a date into a date picker as dd.MM.yyyy and confirms it with Enter, which also closes its calendar. */
    void date(String id, String text) {
        WebElement input = await(By.id(id)).findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(text, Keys.ENTER);
        settle();
    }

    /**
     * Types into a combo box and picks the first of its own suggestions containing the text, once the server has
     * answered the filter; tries again when the pick did not take (the list was refreshed under the click).
     */
    void choose(String comboId, String text) {
        WebElement combo = await(By.id(comboId));
        WebElement input = combo.findElement(By.cssSelector("input"));
        Object before = js("return arguments[0].value;", combo);
        for (int attempt = 1; ; attempt++) {
            input.clear();
            input.sendKeys(text);
            wait.until(d -> Boolean.TRUE.equals(js("""
                    const combo = arguments[0];
                    if (combo.loading || !combo.opened || !combo._scroller) return false;
                    const item = [...combo._scroller.querySelectorAll('vaadin-combo-box-item')]
                        .find(i => !i.hidden && i.textContent.includes(arguments[1]));
                    if (!item) return false;
                    item.click();
                    return true;""", combo, text)));
            settle();
            if (picked(combo, before, text)) {
                return;
            }
            if (attempt == 3) {
                throw new AssertionError("«" + text + "» could not be picked in " + comboId);
            }
        }
    }

    /** Whether the combo box is closed with an entry chosen: another than before, or one showing the text. */
    private boolean picked(WebElement combo, Object before, String text) {
        return Boolean.TRUE.equals(js("""
                const combo = arguments[0];
                return !combo.opened && combo.value != null && combo.value !== ''
                    && (combo.value !== arguments[1] || combo.inputElement.value.includes(arguments[2]));""",
                combo, before, text));
    }

    /** Types into a multi-select combo box and picks the first suggestion containing the text. */
    void chooseMany(String comboId, String text) {
        WebElement input = await(By.id(comboId)).findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(text);
        wait.until(d -> Boolean.TRUE.equals(js("""
                const item = [...document.querySelectorAll('vaadin-multi-select-combo-box-item')]
                    .find(i => i.textContent.includes(arguments[0]));
                if (!item) return false;
                item.click();
                return true;""", text)));
        js("arguments[0].opened = false;", await(By.id(comboId)));
        settle();
    }

    /** Ticks the selection checkbox of the first row of a multi-select grid whose cells contain the text. */
    void tickGridRow(String gridId, String text) {
        await(By.id(gridId));
        wait.until(d -> Boolean.TRUE.equals(js("""
                const grid = document.getElementById(arguments[0]);
                for (const row of [...grid.shadowRoot.querySelectorAll('#items tr')].filter(r => !r.hidden)) {
                    const cells = [...row.querySelectorAll('td slot')].map(s => s.assignedElements()[0])
                        .filter(Boolean);
                    if (!cells.some(c => c.textContent.includes(arguments[1]))) continue;
                    const box = cells.map(c => c.querySelector('vaadin-checkbox')).find(Boolean);
                    if (!box) return false;
                    box.click();
                    return true;
                }
                return false;""", gridId, text)));
        settle();
    }

    /** Opens a combo box and picks its first entry (e.g. the first of a pupil's representatives). */
    void chooseFirst(String comboId) {
        WebElement combo = await(By.id(comboId));
        for (int attempt = 1; ; attempt++) {
            js("arguments[0].opened = true;", combo);
            wait.until(d -> Boolean.TRUE.equals(js("""
                    const combo = arguments[0];
                    if (combo.loading || !combo._scroller) return false;
                    const item = [...combo._scroller.querySelectorAll('vaadin-combo-box-item')]
                        .find(i => !i.hidden && i.textContent.trim());
                    if (!item) return false;
                    item.click();
                    return true;""", combo)));
            settle();
            if (picked(combo, null, "")) {
                return;
            }
            if (attempt == 3) {
                throw new AssertionError("no entry could be picked in " + comboId);
            }
        }
    }

    /** Ticks the checkbox or radio button with the label inside a group (checkbox group, radio group). */
    void tick(String groupId, String label) {
        await(By.id(groupId));
        wait.until(d -> Boolean.TRUE.equals(js("""
                const box = [...document.getElementById(arguments[0])
                        .querySelectorAll('vaadin-checkbox, vaadin-radio-button')]
                    .find(b => b.textContent.trim() === arguments[1] || b.label === arguments[1]);
                if (!box) return false;
                box.click();
                return true;""", groupId, label)));
        settle();
    }

    /** Picks an entry of a select by its text. */
    void select(String selectId, String text) {
        click(selectId);
        wait.until(d -> Boolean.TRUE.equals(js("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim() === arguments[0]);
                if (!item) return false;
                item.click();
                return true;""", text)));
        settle();
    }

    /** Fetches what the link with the id points at with the browser's session, as saving the file does. */
    byte[] download(String anchorId) throws IOException, InterruptedException {
        String href = await(By.id(anchorId)).getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("download " + href + " answered " + response.statusCode());
        }
        return response.body();
    }

    /**
     * Clicks an element as a user does: scrolled into the middle of the window, and again while something (a
     * notification sliding in) lies over it.
     */
    void click(String id) {
        WebElement element = shown(By.id(id), true);
        wait.ignoring(ElementClickInterceptedException.class).until(d -> {
            element.click();
            return true;
        });
        settle();
    }

    /** Ticks or clears a checkbox as a user clicking its box would (the host's middle may be empty space). */
    void check(String id, boolean checked) {
        WebElement box = shown(By.id(id), true);
        if ((box.getDomAttribute("checked") != null) != checked) {
            box.findElement(By.cssSelector("input")).click();
        }
        wait.until(d -> (d.findElement(By.id(id)).getDomAttribute("checked") != null) == checked);
        settle();
    }

    /** Clicks the grid cell showing exactly the text (the grid's rows are rendered lazily; the cell must be shown). */
    void clickGridCell(String gridId, String text) {
        await(By.id(gridId));
        wait.until(d -> Boolean.TRUE.equals(js("""
                const cell = [...document.getElementById(arguments[0]).querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.trim() === arguments[1]);
                if (!cell) return false;
                cell.click();
                return true;""", gridId, text)));
        settle();
    }

    /** Clicks the first cell of the first body row, as a user clicks the top line of a list. */
    void clickFirstGridRow(String gridId) {
        await(By.id(gridId));
        wait.until(d -> Boolean.TRUE.equals(js("""
                const grid = document.getElementById(arguments[0]);
                const rows = [...grid.shadowRoot.querySelectorAll('#items tr')].filter(r => !r.hidden && r.index === 0);
                if (rows.length === 0) return false;
                const slot = rows[0].querySelector('td slot');
                const content = slot && slot.assignedElements()[0];
                if (!content || !content.textContent.trim()) return false;
                content.click();
                return true;""", gridId)));
        settle();
    }

    /** The entries of the side navigation as the user sees them. */
    List<String> navEntries() {
        @SuppressWarnings("unchecked")
        List<String> entries = (List<String>) js("""
                return [...document.querySelectorAll('#opora-nav vaadin-side-nav-item')]
                    .map(a => a.textContent.trim());""");
        return entries;
    }

    /** Waits until the side navigation has, or no longer has, the entry (e.g. a module came or went). */
    void awaitNav(String text, boolean shown) {
        following.until(d -> navEntries().contains(text) == shown);
    }

    /**
     * Waits for what follows a module coming or going on another user's screen: pushed within seconds, or, if the
     * push was lost on its way, caught up at the next heartbeat (a minute).
     */
    void awaitFollowing(By by, boolean shown) {
        following.until(d -> d.findElements(by).isEmpty() != shown);
    }

    /** Waits until no element matches (e.g. a tab whose module went away). */
    void awaitAbsent(By by) {
        wait.until(d -> d.findElements(by).isEmpty());
    }

    /** Clicks the confirming button of the open confirmation dialog. */
    void confirm() {
        wait.until(d -> Boolean.TRUE.equals(js("""
                const b = document.querySelector(
                    'vaadin-confirm-dialog-overlay[opened] vaadin-button[slot="confirm-button"]');
                if (!b) return false;
                b.click();
                return true;""")));
        settle();
    }

    /** Clicks a navigation entry by its text (client-side navigation, as a user does). */
    void clickNav(String text) {
        wait.until(d -> Boolean.TRUE.equals(js("""
                const item = [...document.querySelectorAll('#opora-nav vaadin-side-nav-item')]
                    .find(a => a.textContent.trim() === arguments[0]);
                if (!item) return false;
                const link = item.shadowRoot && item.shadowRoot.querySelector('a');
                (link || item).click();
                return true;""", text)));
        settle();
    }

    /** Gives a file to a Vaadin upload, as choosing it in the file dialog does. */
    void upload(String uploadId, java.nio.file.Path file) {
        WebElement upload = await(By.id(uploadId));
        WebElement input = (WebElement) js("""
                const u = arguments[0];
                return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');""",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
        settle();
    }

    /** Saves what the window shows and the page's text, to see what a failed test saw. */
    void snapshot(java.nio.file.Path png) throws IOException {
        java.nio.file.Files.createDirectories(png.getParent());
        java.nio.file.Files.write(png, ((org.openqa.selenium.TakesScreenshot) driver)
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        java.nio.file.Files.writeString(png.resolveSibling(png.getFileName() + ".txt"), bodyText());
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static final java.util.function.Function<String, String> URI_PATH = url -> java.net.URI.create(url).getPath();
}
