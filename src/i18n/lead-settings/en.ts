/** The Leads page's Settings tab: e-mail allowlist, MX check and the local intake API. */
export const leadSettingsEn = {
  leadSettings: {
    intro: 'How this client’s leads are checked when they arrive, and how other tools on this computer can send them.',
    loadFailed: 'The lead settings could not be loaded.',
    allowlist: {
      title: 'E-mail allowlist',
      description:
        'Domains that are really this client’s business domains. Addresses on them count as corporate, even when the domain is on the free or disposable lists, as with a company that uses its internet provider’s domain.',
      label: 'Business domains',
      placeholder: 'acme.com.br, then Enter',
      help: 'acme.com.br, @acme.com.br and *.acme.com.br are all accepted.',
      empty: 'No domains yet: every address is classified by the built-in lists.',
      invalid: '“{{domain}}” is not a domain name. Use something like acme.com.br.',
      invalidPlain: 'One of the domains is not valid. Use something like acme.com.br.',
      tooMany: 'Use at most 500 domains.',
      save: 'Save allowlist',
      discard: 'Discard changes',
      saved: 'Allowlist saved.',
      appliesToNew: 'Applies to leads that arrive from now on.',
    },
    mx: {
      title: 'MX check',
      label: 'Check that the e-mail domain has a mail server',
      description:
        'Each new lead’s domain is looked up in DNS. A domain without a mail server (MX) is flagged and can lose points with the “Domain without mail server” rule.',
      neverBlocks:
        'It never blocks a lead. When this computer is offline or DNS does not answer, the result is “unknown” and costs no points.',
      on: 'MX check turned on.',
      off: 'MX check turned off.',
    },
    intake: {
      title: 'Local intake API',
      description:
        'Lets forms, scripts and tools on this computer send leads straight to this client: POST each lead as JSON with the client’s token. It listens on 127.0.0.1 only.',
      on: 'On',
      off: 'Off',
      switch: 'Accept leads through the local API',
      offNote:
        'Off by default. While it is off, nothing is accepted for this client; the token is kept, so turning it back on needs no change in your tools.',
      enabled: 'The local intake API is on for this client.',
      disabled: 'The local intake API is off for this client.',
      endpoint: 'Endpoint',
      endpointWaiting: 'Starting…',
      token: 'Token',
      tokenHint: 'Ends in …{{hint}} · created {{date}}',
      noToken: 'A token is made when you turn the API on.',
      tokenHidden: 'Only a fingerprint is kept: the token itself was shown once, when it was made.',
      rotate: 'Rotate token',
      rotateTitle: 'Rotate the token?',
      rotateBody:
        'A new token is made and the current one (ending in …{{hint}}) stops working at once. Every form or tool that uses it must be given the new one.',
      rotateConfirm: 'Rotate token',
      example: 'Example request',
      exampleHint: 'Replace <your token> with the token you copied when it was shown.',
      tokenPlaceholder: '<your token>',
      answers:
        'Answers 202 with the lead’s id, score and range; 401 for a missing or wrong token, 422 for a lead without e-mail or with invalid fields, 413 over 64 KB. Send an Idempotency-Key header to make retries safe.',
      serverError: {
        title: 'The intake API is not listening',
        port_in_use:
          'Its port is already used by another program. Close that program (or another copy of Zero Bad Leads), then turn the API off and on again.',
        other: 'It could not start ({{code}}). Turn it off and on again; the details are in the app log.',
      },
    },
    tokenModal: {
      title: 'Copy the token now',
      once: 'You will not see it again',
      onceBody:
        'This is the only time the token is shown: the app keeps only a fingerprint of it. Copy it now and store it where your forms and tools can use it. If it is lost, rotate it to get a new one.',
      tokenLabel: 'Client token',
      copy: 'Copy token',
      copied: 'Token copied',
      example: 'Ready to paste (includes the token)',
      copyExample: 'Copy example',
      done: 'I have copied it',
    },
  },
} as const;
