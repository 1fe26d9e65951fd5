// Short links: created with POST, followed with GET, moved for good with a permanent redirect.
import express from 'express';

export const linksRouter = express.Router();
const links = new Map();

linksRouter
  .route('/links')
  .get((req, res) => res.json([...links.values()]))
  .post((req, res) => {
    const link = { slug: req.body.slug, target: req.body.target };
    links.set(link.slug, link);
    res.status(201).json(link); // expect: require-201-location
  })
  // No `Allow`: the client cannot tell that GET and POST would work.
  .all((req, res) => res.status(405).json({ error: 'method_not_allowed' })); // expect: require-405-allow

linksRouter.post('/links/v2', (req, res) => {
  const link = { slug: req.body.slug, target: req.body.target };
  links.set(link.slug, link);
  res.location(`/l/${link.slug}`).status(201).json(link);
});

linksRouter.get('/l/:slug', (req, res) => {
  const link = links.get(req.params.slug);
  if (!link) return res.status(404).json({ error: 'not_found' });
  res.redirect(302, link.target);
});

// Meant as permanent, answered as 302: `redirect` sets its own status.
linksRouter.get('/old/:slug', (req, res) => res.status(301).redirect(`/l/${req.params.slug}`)); // expect: no-redirect-status-override

linksRouter.get('/go/:slug', (req, res) => res.redirect(308, `/l/${req.params.slug}`));

// A redirect status with nowhere to go.
linksRouter.get('/moved', (req, res) => res.status(301).end()); // expect: require-redirect-location
