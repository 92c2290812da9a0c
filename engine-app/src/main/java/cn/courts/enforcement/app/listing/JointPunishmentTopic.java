package cn.courts.enforcement.app.listing;

/**
 * The contract between {@code Task_PushToJointPunishmentUnits} and the joint-punishment exchange
 * (法释〔2017〕7号 第八条): a worker fetches tasks of topic {@value #TOPIC} (variables {@code caseNumber},
 * {@code listingId}, {@code courtId}), pushes the listing to the units and completes the task with
 * {@value #VARIABLE_PUSHED_UNITS}: a String of the unit codes reached, comma-separated (codes of
 * {@code enforcement.listing.joint-punishment-units}). A push that could not run is a failure
 * ({@code handleFailure}), never an empty list.
 */
public final class JointPunishmentTopic {

    public static final String TOPIC = "joint-punishment-push";
    public static final String VARIABLE_PUSHED_UNITS = DishonestListingProcess.Variables.PUSHED_UNITS;

    private JointPunishmentTopic() {
    }
}
