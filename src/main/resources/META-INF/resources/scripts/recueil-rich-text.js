/*
 * <recueil-rich-text>: Quill 1.3.7 (from its webjar, loaded at run time: no frontend bundle) as a plain custom
 * element in the light DOM, limited to what the report allows: paragraphs, bold, italic, bullet and numbered lists
 * with one level of nesting, links and the sub-headings of the field. The server owns the value: it sends the
 * editor's HTML in `html` and turns what comes back into sanitised CommonMark; pasted HTML is cleaned by the
 * server ($server.cleanPaste) before Quill sees it.
 */
(function () {
  if (customElements.get('recueil-rich-text')) {
    return;
  }
  const self = document.currentScript || document.querySelector('script[src*="recueil-rich-text.js"]');
  const base = self && self.src ? self.src.replace(/scripts\/recueil-rich-text\.js.*$/, '') : '/';
  const QUILL = base + 'webjars/quill/1.3.7/dist/';
  let loading;

  function loadQuill() {
    if (!loading) {
      loading = new Promise((resolve, reject) => {
        if (window.RecueilQuill) {
          resolve(window.RecueilQuill);
          return;
        }
        // Vaadin's bundle may hold its own Quill (another version, without the snow theme) as window.Quill:
        // ours is kept apart and the global put back.
        const previous = window.Quill;
        const css = document.createElement('link');
        css.rel = 'stylesheet';
        css.href = QUILL + 'quill.snow.css';
        document.head.appendChild(css);
        const script = document.createElement('script');
        script.src = QUILL + 'quill.min.js';
        script.onload = () => {
          window.RecueilQuill = window.Quill;
          window.Quill = previous;
          resolve(window.RecueilQuill);
        };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function escape(text) {
    return String(text == null ? '' : text).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
  }

  class RecueilRichText extends HTMLElement {
    constructor() {
      super();
      this._html = '';
      this._sent = null;
      this._readonly = false;
      this._labels = {};
      this._headings = 2;
      this._accessibleName = '';
    }

    get html() {
      return this._html;
    }

    set html(value) {
      this._html = value || '';
      if (this._quill && this._html !== this._sent) {
        this._load(this._html);
      }
    }

    get readonly() {
      return this._readonly;
    }

    set readonly(value) {
      this._readonly = !!value;
      this.toggleAttribute('readonly', this._readonly);
      if (this._quill) {
        this._quill.enable(!this._readonly);
        this._quill.root.setAttribute('aria-readonly', String(this._readonly));
      }
    }

    set labels(value) {
      this._labels = typeof value === 'string' ? JSON.parse(value || '{}') : (value || {});
    }

    set headings(value) {
      this._headings = Number(value) || 0;
    }

    set accessibleName(value) {
      this._accessibleName = value || '';
      if (this._quill) {
        this._quill.root.setAttribute('aria-label', this._accessibleName);
      }
    }

    connectedCallback() {
      // properties the server set before this script defined the element
      ['html', 'readonly', 'labels', 'headings', 'accessibleName'].forEach(name => {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      });
      if (!this._quill) {
        loadQuill().then(Quill => this._init(Quill));
      }
    }

    /** Sends what the user wrote; called after a pause in typing and when the editor loses the focus. */
    flush() {
      clearTimeout(this._timer);
      if (!this._quill) {
        return;
      }
      const html = this._quill.root.innerHTML;
      if (html !== this._sent) {
        this._sent = html;
        this._html = html;
        this.dispatchEvent(new CustomEvent('html-changed', {bubbles: false}));
      }
    }

    _load(html) {
      const quill = this._quill;
      quill.setContents(quill.clipboard.convert(html), 'silent');
      this._sent = quill.root.innerHTML;
      this._html = html;
    }

    _toolbar() {
      const L = this._labels;
      const button = (format, value, label, keys) => '<button type="button" class="ql-' + format + '"'
          + (value ? ' value="' + value + '"' : '') + ' aria-label="' + escape(label) + '" title="'
          + escape(keys ? label + ' (' + keys + ')' : label) + '">'
          + (format === 'header' ? escape(value === '3' ? L.heading3Short : L.heading4Short) : '') + '</button>';
      let html = '<span class="ql-formats">' + button('bold', null, L.bold, 'Ctrl+B')
          + button('italic', null, L.italic, 'Ctrl+I') + '</span>'
          + '<span class="ql-formats">' + button('list', 'bullet', L.bullets, 'Ctrl+Maj+8')
          + button('list', 'ordered', L.numbered, 'Ctrl+Maj+7') + '</span>'
          + '<span class="ql-formats">' + button('link', null, L.link, 'Ctrl+K') + '</span>';
      if (this._headings > 0) {
        html += '<span class="ql-formats">' + button('header', '3', L.heading3)
            + (this._headings > 1 ? button('header', '4', L.heading4) : '') + '</span>';
      }
      return html;
    }

    _init(Quill) {
      if (this._quill || !this.isConnected) {
        return;
      }
      const L = this._labels;
      const toolbar = document.createElement('div');
      toolbar.className = 'recueil-rich-text-toolbar';
      toolbar.setAttribute('role', 'toolbar');
      toolbar.setAttribute('aria-label', L.toolbar || '');
      toolbar.innerHTML = this._toolbar();
      const editor = document.createElement('div');
      editor.className = 'recueil-rich-text-editor';
      this.append(toolbar, editor);
      const element = this;
      const formats = ['bold', 'italic', 'link', 'list', 'indent'].concat(this._headings > 0 ? ['header'] : []);
      const toggleList = kind => function (range, context) {
        this.quill.format('list', context.format.list === kind ? false : kind, 'user');
      };
      const quill = new Quill(editor, {
        theme: 'snow',
        formats: formats,
        modules: {
          toolbar: {container: toolbar},
          clipboard: {matchVisual: false},
          keyboard: {
            bindings: {
              // Tab moves the focus on (accessibility) except in a list, where it nests the item
              tab: {key: 9, handler: () => true},
              link: {
                key: 'K', shortKey: true, handler: function (range, context) {
                  const handler = this.quill.getModule('toolbar').handlers.link;
                  handler.call(this.quill.getModule('toolbar'), !context.format.link);
                }
              },
              bullets: {key: '8', shortKey: true, shiftKey: true, handler: toggleList('bullet')},
              numbered: {key: '7', shortKey: true, shiftKey: true, handler: toggleList('ordered')}
            }
          }
        }
      });
      this._quill = quill;
      quill.root.setAttribute('role', 'textbox');
      quill.root.setAttribute('aria-multiline', 'true');
      quill.root.setAttribute('aria-label', this._accessibleName);
      quill.root.setAttribute('lang', document.documentElement.lang || 'fr');
      this._translateTooltip(quill);

      quill.on('text-change', (delta, old, source) => {
        if (source !== 'user') {
          return;
        }
        this._clampIndent();
        clearTimeout(this._timer);
        this._timer = setTimeout(() => element.flush(), 400);
      });
      quill.on('selection-change', range => {
        if (range == null) {
          element.flush();
        }
      });
      // Pasted HTML goes to the server first: Word's lists become lists, everything but bold, italic, lists,
      // links and the field's headings is dropped, and only then does Quill see it.
      quill.root.addEventListener('paste', event => {
        const html = event.clipboardData && event.clipboardData.getData('text/html');
        if (!html || !element.$server || !quill.isEnabled()) {
          return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        const range = quill.getSelection(true);
        element.$server.cleanPaste(html).then(clean => {
          const Delta = Quill.import('delta');
          const pasted = quill.clipboard.convert(clean);
          quill.updateContents(new Delta().retain(range.index).delete(range.length).concat(pasted), 'user');
          quill.setSelection(range.index + pasted.length(), 'silent');
          element.flush();
        });
      }, true);

      this._load(this._html);
      this.readonly = this._readonly;
      this.dispatchEvent(new CustomEvent('editor-ready'));
    }

    /** One level of nesting, as the report allows. */
    _clampIndent() {
      const quill = this._quill;
      quill.getLines().forEach(line => {
        const indent = line.formats().indent;
        if (indent > 1) {
          quill.formatLine(quill.getIndex(line), 1, 'indent', 1, 'silent');
        }
      });
    }

    /** Quill's link bubble speaks English through CSS: its texts come from the labels instead. */
    _translateTooltip(quill) {
      const L = this._labels;
      const tooltip = quill.theme.tooltip && quill.theme.tooltip.root;
      if (!tooltip) {
        return;
      }
      tooltip.setAttribute('data-label-visit', L.linkVisit || '');
      tooltip.setAttribute('data-label-enter', L.linkEnter || '');
      const input = tooltip.querySelector('input[type=text]');
      if (input) {
        input.setAttribute('data-link', 'https://');
        input.setAttribute('aria-label', L.linkEnter || '');
      }
      const action = tooltip.querySelector('a.ql-action');
      if (action) {
        action.setAttribute('data-label-edit', L.linkEdit || '');
        action.setAttribute('data-label-save', L.linkSave || '');
      }
      const remove = tooltip.querySelector('a.ql-remove');
      if (remove) {
        remove.setAttribute('data-label-remove', L.linkRemove || '');
      }
    }
  }

  customElements.define('recueil-rich-text', RecueilRichText);
})();
