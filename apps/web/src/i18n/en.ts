/**
 * English messages: the reference set. Every other language must have exactly these keys.
 * Placeholders look like `{name}` and are filled by `t(key, { name })`.
 */
export const en = {
  'app.name': 'Chorus',
  'app.tagline': 'Share what your company is proud of, in your own words.',
  'app.loading': 'Loading Chorus…',
  'app.skipToContent': 'Skip to main content',

  'common.tryAgain': 'Try again',
  'common.errorTitle': 'Something went wrong',
  'common.errorReference': 'Reference: {id}',

  'error.network': 'Chorus could not be reached. Check your connection and try again.',
  'error.generic': 'Something unexpected happened. Please try again.',
  'error.unexpected': 'The server answered with an unexpected error (HTTP {status}). Please try again in a moment.',

  'language.label': 'Language',
  'language.en': 'English',
  'language.id': 'Bahasa Indonesia',

  'header.account': 'Your account',
  'header.menu': 'Menu',
  'header.signOut': 'Sign out',
  'header.signingOut': 'Signing out…',

  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.feed': 'Feed',
  'nav.shares': 'My shares',
  'nav.connections': 'Connections',
  'nav.points': 'Points',
  'nav.content': 'Content',
  'nav.campaigns': 'Campaigns',
  'nav.leaderboards': 'Leaderboards',
  'nav.reviews': 'Review queue',
  'nav.users': 'Users & teams',
  'nav.policy': 'Policy',
  'nav.complianceRules': 'Compliance rules',
  'nav.rewards': 'Rewards',
  'nav.auditLog': 'Audit log',

  'section.feed.description':
    'Suggested content for your teams will appear here, ready for you to add your own words and share.',
  'section.shares.description':
    'Everything you have written, approved and scheduled will be listed here, with its status and results.',
  'section.connections.description':
    'Here you will connect your LinkedIn account, see when its access expires, and disconnect it.',
  'section.points.description':
    'Your points, badges and rank will be shown here, along with rewards you can redeem.',
  'section.content.description':
    'Here you will write suggested posts, target them at teams and set when they are visible.',
  'section.campaigns.description':
    'Here you will group posts into campaigns, name the goal each one serves and follow its results.',
  'section.leaderboards.description':
    'Leaderboards for your teams and the whole organisation, by month, quarter or all time, will be here.',
  'section.reviews.description':
    'Shares that a compliance rule sent for review will wait here for you to approve or reject them.',
  'section.users.description':
    'Here you will invite people, give them roles, arrange teams and offboard people who leave.',
  'section.policy.description':
    'Here you will publish new versions of the social media policy that everyone acknowledges.',
  'section.complianceRules.description':
    'Here you will manage the words, phrases and patterns that block a share or send it for review.',
  'section.rewards.description':
    'Here you will manage the rewards catalogue and approve or reject redemptions.',
  'section.auditLog.description':
    'A record of who did what, and when, will be shown here.',
  'placeholder.comingSoon': 'This page is not built yet.',

  'role.employee': 'Employee',
  'role.curator': 'Curator',
  'role.manager': 'Manager',
  'role.reviewer': 'Compliance reviewer',
  'role.admin': 'Admin',
  'role.employee.description': 'Share suggested content in your own words, on your own schedule.',
  'role.curator.description': 'Write suggested posts and run campaigns for your colleagues.',
  'role.manager.description': 'Follow how your teams take part, on the leaderboards.',
  'role.reviewer.description': 'Check shares that a compliance rule flagged before they go out.',
  'role.admin.description': 'Look after people, teams, the policy, rules and rewards.',

  'signIn.pageTitle': 'Sign in',
  'signIn.heading': 'Sign in to Chorus',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.demoHint': 'Demo: ana@demo.chorus / chorus-demo',
  'signIn.sessionEnded': 'Your session has ended. Sign in again to continue.',

  'invite.pageTitle': 'Set your password',
  'invite.heading': 'Set your password',
  'invite.intro': 'Choose a password to finish setting up your Chorus account.',
  'invite.password': 'New password',
  'invite.passwordHint': 'At least 10 characters.',
  'invite.confirm': 'Repeat the password',
  'invite.submit': 'Set password and sign in',
  'invite.submitting': 'Setting your password…',
  'invite.tooShort': 'The password needs at least 10 characters.',
  'invite.mismatch': 'The two passwords are not the same.',
  'invite.missingToken':
    'This invite link is incomplete. Open the link from your invitation again, or ask your admin for a new one.',
  'invite.haveAccount': 'Already set a password?',
  'invite.goToSignIn': 'Sign in',

  'home.pageTitle': 'Home',
  'home.welcome': 'Welcome, {name}',
  'home.today': 'Today is {date}.',
  'home.rolesHeading': 'Your roles at {organization}',
  'home.teams': 'Your teams: {teams}.',
  'home.noTeams': 'You are not in a team yet.',
  'home.startHeading': 'Where to start',

  'forbidden.heading': 'This page is not part of your role',
  'forbidden.body': 'It is for: {roles}. Ask an admin if you need access.',

  'notFound.heading': 'Page not found',
  'notFound.body': 'There is no page at this address. Check the link, or start again from the home page.',
  'notFound.home': 'Go to the home page',
  'notFound.signIn': 'Go to sign in',
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
