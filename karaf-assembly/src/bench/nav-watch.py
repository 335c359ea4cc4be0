#!/usr/bin/env python3
"""Keeps a signed-in Opora page open in headless Chromium and writes a line "<epoch ms> shown|hidden" to OUT
each time the side navigation gains or loses the entry TEXT (the browser notes the moment itself, with a
MutationObserver, so polling does not add to the figure). Used by module-hot-install.sh.

  nav-watch.py URL USER PASSWORD TEXT OUT

Needs Debian's chromium and chromium-driver; standard library only (W3C WebDriver over HTTP).
"""
import json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p


class Chromium:
    def __init__(self):
        self.port = free_port()
        self.proc = subprocess.Popen(["chromedriver", f"--port={self.port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.profile = tempfile.mkdtemp(prefix="nav-watch-")
        for _ in range(100):
            try:
                self.call("GET", "/status"); break
            except OSError:
                time.sleep(0.1)
        args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--window-size=1280,900", f"--user-data-dir={self.profile}"]
        caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "binary": shutil.which("chromium"), "args": args}}}}
        self.sid = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.loads(r.read() or b"{}").get("value")

    def js(self, script, *args):
        return self.call("POST", f"/session/{self.sid}/execute/sync", {"script": script, "args": list(args)})

    def open(self, url):
        self.call("POST", f"/session/{self.sid}/url", {"url": url})

    def close(self):
        try:
            self.call("DELETE", f"/session/{self.sid}")
        finally:
            self.proc.terminate()
            shutil.rmtree(self.profile, ignore_errors=True)


SIGN_IN = """
const u = document.querySelector('input[name=username]'), p = document.querySelector('input[name=password]');
if (!u || !p) return false;
const set = (el, v) => { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true}));
                         el.dispatchEvent(new Event('change', {bubbles: true})); };
set(u, arguments[0]); set(p, arguments[1]);
document.querySelector('vaadin-button[slot=submit], vaadin-button[theme~=primary]').click();
return true;"""

OBSERVE = """
const text = arguments[0];
const shown = () => [...document.querySelectorAll('#opora-nav vaadin-side-nav-item')]
    .some(a => a.textContent.trim() === text);
window.__navEvents = [];
let last = shown();
new MutationObserver(() => {
    const now = shown();
    if (now !== last) { last = now; window.__navEvents.push(Date.now() + (now ? ' shown' : ' hidden')); }
}).observe(document.body, {childList: true, subtree: true, characterData: true});
return last;"""


def main():
    url, user, password, text, out = sys.argv[1:6]
    browser = Chromium()
    try:
        browser.open(url)
        for _ in range(200):
            if browser.js(SIGN_IN, user, password):
                break
            time.sleep(0.1)
        for _ in range(300):
            if browser.js("return !!document.getElementById('opora-nav')"):
                break
            time.sleep(0.1)
        else:
            sys.exit("nav-watch: could not sign in")
        state = browser.js(OBSERVE, text)
        with open(out, "a") as f:
            f.write(f"{int(time.time() * 1000)} ready {'shown' if state else 'hidden'}\n")
        while True:
            events = browser.js("const e = window.__navEvents; window.__navEvents = []; return e;")
            if events is None:
                sys.exit("nav-watch: the page was reloaded")
            if events:
                with open(out, "a") as f:
                    f.write("".join(e + "\n" for e in events))
            time.sleep(0.05)
    finally:
        browser.close()


if __name__ == "__main__":
    main()
