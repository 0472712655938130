/*
 * N1 development panel. Loaded by the page (same origin, no inline script), it draws a badge in a shadow root,
 * opens the panel rendered by the server (escaped there), formats and highlights SQL with the bundled
 * sql-formatter and highlight.js, lists the requests the page makes after loading, and asks for EXPLAIN plans by
 * single-use token. Every request for a report's data carries that report's token (X-N1-Token), given to the page
 * in its panel element and to background responses next to X-N1-Request-Id: the server refuses it otherwise.
 * Everything it inserts from data goes in as text.
 */
(function () {
  'use strict';
  var host = document.getElementById('n1-panel');
  if (!host || host.shadowRoot) {
    return;
  }
  var script = document.currentScript;
  var nonce = script && script.nonce ? script.nonce : null;
  var base = host.getAttribute('data-n1-base');
  var requestId = host.getAttribute('data-n1-id');
  var pageToken = host.getAttribute('data-n1-token');
  var root = host.attachShadow({ mode: 'open' });
  var originalFetch = window.fetch ? window.fetch.bind(window) : null;
  var background = [];
  var sheet = null;

  var stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = base + '/assets/panel.css';
  root.appendChild(stylesheet);

  var badge = element('button', 'n1-badge');
  badge.type = 'button';
  badge.setAttribute('aria-label', 'N1 queries panel');
  var queries = parseInt(host.getAttribute('data-n1-queries'), 10) || 0;
  var nPlusOne = parseInt(host.getAttribute('data-n1-nplusone'), 10) || 0;
  var duplicates = parseInt(host.getAttribute('data-n1-duplicates'), 10) || 0;
  var badgeMain = element('span', 'n1-badge-main');
  badgeMain.textContent = queries + ' queries · ' + host.getAttribute('data-n1-time') + ' ms · ' + nPlusOne + ' N+1';
  var badgeExtra = element('span', 'n1-badge-extra');
  badge.appendChild(badgeMain);
  badge.appendChild(badgeExtra);
  badge.classList.add(nPlusOne > 0 ? 'n1-severity-bad' : (duplicates > 0 || queries > 20 ? 'n1-severity-warn' : 'n1-severity-ok'));
  root.appendChild(badge);

  var container = element('div', 'n1-container n1-hidden');
  root.appendChild(container);

  badge.addEventListener('click', function () {
    if (!container.classList.contains('n1-hidden')) {
      container.classList.add('n1-hidden');
      return;
    }
    container.classList.remove('n1-hidden');
    if (!sheet && queries === 0) {
      emptySheet(); // a page that ran no SQL is not kept on the server: nothing to fetch
      return;
    }
    if (!sheet) {
      container.textContent = 'Loading…';
      vendor(); // fetched while the panel loads
      load(base + '/requests/' + encodeURIComponent(requestId), pageToken, 20).then(function (html) {
        container.innerHTML = html; // rendered and escaped by the server's Thymeleaf template
        sheet = container.firstElementChild;
        renderBackground();
        highlightAll(container.querySelectorAll('.n1-groups > tbody > tr > td > code.n1-sql, code.n1-inline-sql'));
      }, function (error) {
        container.textContent = 'N1 could not load this request (evicted from n1.history.size?): ' + error;
      });
    }
  });

  root.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-n1-action]') : null;
    if (!target) {
      return;
    }
    var action = target.getAttribute('data-n1-action');
    if (action === 'close') {
      container.classList.add('n1-hidden');
    } else if (action === 'toggle') {
      var panel = root.getElementById(target.getAttribute('data-n1-target'));
      if (panel) {
        panel.classList.toggle('n1-hidden');
        if (!panel.classList.contains('n1-hidden')) {
          highlightAll(panel.querySelectorAll('code.n1-sql'));
        }
      }
    } else if (action === 'explain') {
      explain(target);
    }
  });

  function explain(button) {
    var plan = button.nextElementSibling;
    var token = button.getAttribute('data-n1-token');
    if (!token) {
      plan.classList.toggle('n1-hidden');
      return;
    }
    button.disabled = true;
    button.removeAttribute('data-n1-token'); // single use: the server refuses it twice
    request(base + '/explain/' + encodeURIComponent(token), { method: 'POST', headers: { 'X-N1-Panel': '1', 'X-N1-Token': pageToken } })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        plan.textContent = body.error ? body.error : body.lines.join('\n');
        plan.classList.remove('n1-hidden');
        plan.classList.add('n1-plan-shown');
        button.disabled = false;
        button.textContent = 'plan';
      }, function (error) {
        plan.textContent = 'EXPLAIN failed: ' + error;
        plan.classList.remove('n1-hidden');
      });
  }

  function request(url, options) {
    return (originalFetch || window.fetch)(url, options || {});
  }

  // The report is stored when the request ends, just after the page was sent: retry briefly.
  function load(url, token, attempts) {
    return request(url, { headers: { 'X-N1-Token': token } }).then(function (response) {
      if (response.ok) {
        return response.text();
      }
      if (attempts > 0) {
        return delay(attempts > 15 ? 25 : 150).then(function () { return load(url, token, attempts - 1); });
      }
      throw new Error('HTTP ' + response.status);
    });
  }

  function delay(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  var vendorLoading = null;

  function vendor() {
    if (!vendorLoading) {
      vendorLoading = Promise.all([
        window.sqlFormatter ? Promise.resolve() : loadScript(base + '/assets/vendor/sql-formatter.min.js'),
        window.hljs ? Promise.resolve() : loadScript(base + '/assets/vendor/highlight.min.js')
      ]);
    }
    return vendorLoading;
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = src;
      if (nonce) {
        tag.nonce = nonce;
      }
      tag.onload = resolve;
      tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }

  function highlightAll(codes) {
    vendor().then(function () {
      for (var i = 0; i < codes.length; i++) {
        var code = codes[i];
        if (code.getAttribute('data-n1-done')) {
          continue;
        }
        code.setAttribute('data-n1-done', '1');
        var sql = code.textContent;
        if (window.sqlFormatter && sql.length < 20000 && !code.classList.contains('n1-inline-sql')) {
          try {
            code.textContent = window.sqlFormatter.format(sql, { language: 'sql', keywordCase: 'upper' });
          } catch (e) {
            code.textContent = sql;
          }
        }
        if (window.hljs) {
          code.classList.add('language-sql');
          window.hljs.highlightElement(code); // escapes the text it highlights
        }
      }
    }, function () { /* offline without the vendor files: plain SQL */ });
  }

  // Background requests: every same-origin response that carries an N1 request id.
  if (originalFetch) {
    window.fetch = function () {
      return originalFetch.apply(window, arguments).then(function (response) {
        try {
          track(response.headers.get('X-N1-Request-Id'), response.headers.get('X-N1-Token'), response.url);
        } catch (e) { /* not readable */ }
        return response;
      });
    };
  }
  var originalOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.addEventListener('loadend', function () {
      try {
        track(this.getResponseHeader('X-N1-Request-Id'), this.getResponseHeader('X-N1-Token'), String(url));
      } catch (e) { /* not readable */ }
    });
    return originalOpen.apply(this, arguments);
  };

  function track(id, token, url) {
    if (!id || !token || id === requestId || (url && url.indexOf(base + '/') >= 0)) {
      return;
    }
    var entry = { id: id, url: url, summary: null };
    background.push(entry);
    badgeExtra.textContent = ' · +' + background.length + ' requests';
    load(base + '/requests/' + encodeURIComponent(id) + '/summary', token, 20)
      .then(function (text) { entry.summary = JSON.parse(text); renderBackground(); },
        function () { entry.summary = { name: url, queryCount: '?', nPlusOne: 0 }; renderBackground(); });
    renderBackground();
  }

  function renderBackground() {
    if (!sheet) {
      return;
    }
    var list = sheet.querySelector('.n1-background-list');
    list.textContent = '';
    if (background.length === 0) {
      var none = element('li', 'n1-empty');
      none.textContent = 'None yet.';
      list.appendChild(none);
    }
    background.forEach(function (entry) {
      var item = element('li', 'n1-background-request');
      var summary = entry.summary;
      item.textContent = summary
        ? summary.name + ' — ' + summary.queryCount + ' queries · ' + summary.nPlusOne + ' N+1'
        : entry.url + ' — …';
      if (summary && summary.nPlusOne > 0) {
        item.classList.add('n1-background-bad');
      }
      list.appendChild(item);
    });
  }

  function emptySheet() {
    container.textContent = '';
    sheet = element('section', 'n1-sheet');
    var head = element('header', 'n1-head');
    var title = element('strong', 'n1-title');
    title.textContent = 'N1';
    var note = element('span', 'n1-totals');
    note.textContent = 'This page ran no SQL.';
    var close = element('button', 'n1-close');
    close.type = 'button';
    close.setAttribute('data-n1-action', 'close');
    close.textContent = '×';
    head.appendChild(title);
    head.appendChild(note);
    head.appendChild(close);
    var section = element('section', 'n1-background');
    var heading = element('h3', '');
    heading.textContent = 'Requests made by this page after it loaded';
    section.appendChild(heading);
    section.appendChild(element('ul', 'n1-background-list'));
    sheet.appendChild(head);
    sheet.appendChild(section);
    container.appendChild(sheet);
    renderBackground();
  }

  function element(name, className) {
    var created = document.createElement(name);
    created.className = className;
    return created;
  }
})();
