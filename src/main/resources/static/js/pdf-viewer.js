// Sotay: the PDF viewer of "Xem" — PDF.js (from /webjars) with page navigation, zoom, selectable text and find.
// Loaded as a module from the viewer page; no inline script (CSP script-src 'self').
import * as pdfjsLib from "/webjars/pdfjs-dist/legacy/build/pdf.min.mjs";

const root = document.getElementById("pdf-viewer");
const statusLine = document.getElementById("pdf-status");
const base = "/webjars/pdfjs-dist/";
pdfjsLib.GlobalWorkerOptions.workerSrc = base + "legacy/build/pdf.worker.min.mjs";
globalThis.pdfjsLib = pdfjsLib;

function say(text) {
  statusLine.textContent = text;
  statusLine.hidden = !text;
}

async function start() {
  const { EventBus, PDFLinkService, PDFFindController, PDFViewer } = await import(base + "legacy/web/pdf_viewer.mjs");
  const container = document.getElementById("pdf-container");
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus });
  const findController = new PDFFindController({ eventBus, linkService });
  const viewer = new PDFViewer({ container, eventBus, linkService, findController, removePageBorders: true });
  linkService.setViewer(viewer);

  const pageInput = document.getElementById("pdf-page");
  const pagesLabel = document.getElementById("pdf-pages");
  eventBus.on("pagesinit", () => {
    viewer.currentScaleValue = "page-width";
    pagesLabel.textContent = "/ " + viewer.pagesCount;
    pageInput.max = String(viewer.pagesCount);
    root.dataset.pages = String(viewer.pagesCount);
    root.dataset.ready = "true";
    say("");
  });
  eventBus.on("pagechanging", (e) => {
    pageInput.value = String(e.pageNumber);
    root.dataset.page = String(e.pageNumber);
  });
  eventBus.on("updatefindcontrolstate", (e) => {
    const notFound = e.state === 1;
    root.dataset.found = notFound ? "false" : "true";
    say(notFound ? root.dataset.notFound.replace("{0}", e.rawQuery || "") : "");
  });
  eventBus.on("updatefindmatchescount", (e) => {
    root.dataset.matches = String(e.matchesCount.total);
  });

  document.getElementById("pdf-prev").addEventListener("click", () => viewer.previousPage());
  document.getElementById("pdf-next").addEventListener("click", () => viewer.nextPage());
  pageInput.addEventListener("change", () => {
    const n = parseInt(pageInput.value, 10);
    if (n >= 1 && n <= viewer.pagesCount) {
      viewer.currentPageNumber = n;
    }
  });
  document.getElementById("pdf-zoom-in").addEventListener("click", () => { viewer.currentScale = Math.min(viewer.currentScale * 1.25, 6); });
  document.getElementById("pdf-zoom-out").addEventListener("click", () => { viewer.currentScale = Math.max(viewer.currentScale / 1.25, 0.25); });
  const findInput = document.getElementById("pdf-find");
  let lastQuery = "";
  document.getElementById("pdf-find-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const query = findInput.value.trim();
    if (!query) {
      return;
    }
    eventBus.dispatch("find", {
      source: findInput, type: query === lastQuery ? "again" : "", query,
      caseSensitive: false, entireWord: false, highlightAll: true, findPrevious: false, matchDiacritics: false
    });
    lastQuery = query;
  });

  const task = pdfjsLib.getDocument({
    url: root.dataset.src, withCredentials: true, isEvalSupported: false,
    cMapUrl: base + "cmaps/", cMapPacked: true, standardFontDataUrl: base + "standard_fonts/", wasmUrl: base + "wasm/"
  });
  const pdf = await task.promise;
  viewer.setDocument(pdf);
  linkService.setDocument(pdf, null);
}

start().catch((error) => {
  root.dataset.ready = "failed";
  say(root.dataset.failed);
  console.error(error);
});
