// Branding of the Camunda webapps for ct15-workflow, loaded by each app's config.js (customScripts).
// Shows the product's name in the page title and, where the installation configures one (the demo
// profile does), a hint with the demo logins under the login form.
const base = window.location.pathname.split('/app/')[0].replace(/\/camunda$/, '');

function showLoginHint(text) {
  const place = () => {
    const form = document.querySelector('.form-signin');
    if (!form || form.querySelector('.ct15-login-hint')) {
      return;
    }
    const hint = document.createElement('div');
    hint.className = 'ct15-login-hint alert alert-info';
    hint.style.marginTop = '12px';
    hint.style.whiteSpace = 'pre-line';
    hint.textContent = text;
    form.appendChild(hint);
  };
  place();
  new MutationObserver(place).observe(document.body, { childList: true, subtree: true });
}

fetch(`${base}/ct15/api/webapp-info`, { credentials: 'same-origin' })
  .then((response) => (response.ok ? response.json() : {}))
  .then((info) => {
    if (info.productName) {
      document.title = document.title.replace(/Camunda( Platform)?/g, info.productName);
    }
    if (info.loginHint) {
      showLoginHint(info.loginHint);
    }
  })
  .catch(() => {});

export default [];
