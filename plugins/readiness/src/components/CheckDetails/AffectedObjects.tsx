import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import type { ObjectRef } from '@readiness/plugin-readiness-common';

/** Enough to act on; a check over a big cluster can name hundreds of objects. */
const MAX_SHOWN = 10;

const useStyles = makeStyles((theme: Theme) => ({
  list: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(2.5),
  },
  object: {
    fontFamily: theme.typography.fontFamily,
  },
}));

/** "Deployment payments-prod/payments-api", or "Node ip-10-0-3-17" for cluster-scoped kinds. */
export function objectLabel(object: ObjectRef): string {
  return object.namespace
    ? `${object.kind} ${object.namespace}/${object.name}`
    : `${object.kind} ${object.name}`;
}

/** Props of {@link AffectedObjects}. @internal */
export interface AffectedObjectsProps {
  objects: ObjectRef[];
  /** Names the list for assistive technology, e.g. the check's title. */
  label: string;
}

/**
 * The Kubernetes objects a finding points at: the first ten, then how many more.
 *
 * @internal
 */
export function AffectedObjects(props: AffectedObjectsProps) {
  const { objects, label } = props;
  const classes = useStyles();
  if (objects.length === 0) {
    return null;
  }
  const rest = objects.length - MAX_SHOWN;
  return (
    <>
      <Typography
        variant="body2"
        component="ul"
        className={classes.list}
        aria-label={`Objects of ${label}`}
      >
        {objects.slice(0, MAX_SHOWN).map(object => (
          <li key={objectLabel(object)} className={classes.object}>
            {objectLabel(object)}
          </li>
        ))}
      </Typography>
      {rest > 0 && (
        <Typography variant="body2" color="textSecondary">
          and {rest} more
        </Typography>
      )}
    </>
  );
}
