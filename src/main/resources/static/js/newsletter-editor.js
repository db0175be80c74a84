// A small rich text editor for the newsletter: without JavaScript the textarea stays and takes
// plain text; with it, an editable area with a few buttons writes its HTML into the textarea.
// The server sanitises whatever arrives, so this only has to be pleasant, not safe.
(function () {
  const textarea = document.querySelector('textarea[data-rich-text]');
  if (!textarea || typeof document.execCommand !== 'function') {
    return;
  }
  const data = textarea.dataset;
  const editor = document.createElement('div');
  editor.className = 'rich-text';
  editor.contentEditable = 'true';
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('aria-multiline', 'true');
  editor.setAttribute('aria-labelledby', 'body-label');
  // The textarea holds HTML the server already cleaned, or plain text typed before.
  if (/<[a-z\/!]/i.test(textarea.value)) {
    editor.innerHTML = textarea.value;
  } else {
    textarea.value.split(/\n\s*\n/).filter((p) => p.trim()).forEach((paragraph) => {
      const p = document.createElement('p');
      p.textContent = paragraph.trim();
      editor.appendChild(p);
    });
  }
  const toolbar = document.createElement('div');
  toolbar.className = 'rich-text-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', data.toolbar);
  const actions = [
    [data.bold, () => document.execCommand('bold')],
    [data.italic, () => document.execCommand('italic')],
    [data.heading, () => document.execCommand('formatBlock', false, '<h2>')],
    [data.list, () => document.execCommand('insertUnorderedList')],
    [data.link, () => {
      const url = window.prompt(data.linkPrompt, 'https://');
      if (url && /^(https?:|mailto:)/i.test(url.trim())) {
        document.execCommand('createLink', false, url.trim());
      }
    }],
  ];
  actions.forEach(([label, act]) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = label;
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      editor.focus();
      act();
      sync();
    });
    toolbar.appendChild(button);
  });
  const sync = () => {
    textarea.value = editor.innerHTML;
  };
  editor.addEventListener('input', sync);
  textarea.form.addEventListener('submit', sync);
  textarea.hidden = true;
  const help = textarea.parentElement.querySelector('.rich-text-help');
  if (help) {
    help.hidden = true;
  }
  textarea.before(toolbar, editor);
  document.querySelector('label[for="body"]').addEventListener('click', () => editor.focus());
})();
